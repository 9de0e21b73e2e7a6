	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_const_sized_global_arrays.sy"
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI0_0:
	.word	0x3e800000                      # float 0.25
.LCPI0_1:
	.word	0x3f000000                      # float 0.5
.LCPI0_2:
	.word	0xc0100000                      # float -2.25
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -64
	sd	ra, 56(sp)                      # 8-byte Folded Spill
	sd	s0, 48(sp)                      # 8-byte Folded Spill
	sd	s1, 40(sp)                      # 8-byte Folded Spill
	sd	s2, 32(sp)                      # 8-byte Folded Spill
	sd	s3, 24(sp)                      # 8-byte Folded Spill
	sd	s4, 16(sp)                      # 8-byte Folded Spill
	sd	s5, 8(sp)                       # 8-byte Folded Spill
	sd	s6, 0(sp)                       # 8-byte Folded Spill
.LBB0_1:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(grid)
	addi	s1, s1, %pcrel_lo(.LBB0_1)
	sw	zero, 0(s1)
.LBB0_2:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(counts)
	addi	a1, a1, %pcrel_lo(.LBB0_2)
	lw	a3, 0(a1)
	li	a0, 1
	sw	a0, 4(s1)
	lw	a4, 4(a1)
	li	a0, 2
	sw	a0, 8(s1)
	lw	a2, 8(a1)
	li	a0, 3
	sw	a0, 12(s1)
	lw	a0, 12(a1)
	li	s2, 4
	sw	s2, 16(s1)
	li	a5, 5
	sw	a5, 20(s1)
	li	a5, 6
	sw	a5, 24(s1)
	li	a5, 7
	sw	a5, 28(s1)
	li	s3, 8
	sw	s3, 32(s1)
	li	a5, 9
	sw	a5, 36(s1)
	li	a5, 10
	sw	a5, 40(s1)
	li	a5, 11
	sw	a5, 44(s1)
	li	s4, 12
	sw	s4, 48(s1)
	li	a5, 13
	sw	a5, 52(s1)
	li	a5, 14
	sw	a5, 56(s1)
	li	a5, 15
	sw	a5, 60(s1)
	li	a5, 16
	sw	a5, 64(s1)
	li	a5, 17
	sw	a5, 68(s1)
	li	a5, 18
	sw	a5, 72(s1)
	li	a5, 19
	sw	a5, 76(s1)
	li	s5, 20
	sw	s5, 80(s1)
	li	s6, 21
	sw	s6, 84(s1)
	li	a5, 22
	sw	a5, 88(s1)
	li	a5, 23
	sw	a5, 92(s1)
	li	a5, 24
	sw	a5, 96(s1)
	li	a5, 25
	sw	a5, 100(s1)
	li	a5, 26
	sw	a5, 104(s1)
	li	a5, 27
	sw	a5, 108(s1)
	li	a5, 28
	sw	a5, 112(s1)
	li	a5, 29
	sw	a5, 116(s1)
	addiw	a4, a4, 9
	li	a5, 30
	sw	a5, 120(s1)
	li	a5, 31
	sw	a5, 124(s1)
	li	a5, 32
	sw	a5, 128(s1)
	addi	s0, s1, 128
	addiw	a3, a3, 9
	sw	a3, 0(a1)
	li	a3, 33
	sw	a3, 132(s1)
	sw	a4, 4(a1)
	li	a3, 34
	sw	a3, 136(s1)
	addiw	a2, a2, 9
	sw	a2, 8(a1)
	li	a2, 35
	sw	a2, 140(s1)
	addiw	a0, a0, 9
	sw	a0, 12(a1)
	li	a0, 4
	call	putarray@plt
	li	a0, 4
	mv	a1, s0
	call	putarray@plt
.LBB0_3:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(wide)
	addi	a1, a1, %pcrel_lo(.LBB0_3)
	sw	zero, 0(a1)
	li	a0, -1
	sw	a0, 4(a1)
	sw	s2, 8(a1)
	li	a0, -6
	sw	a0, 12(a1)
	sw	s2, 16(a1)
	li	a0, -5
	sw	a0, 20(a1)
	sw	s4, 24(a1)
	li	a0, -14
	sw	a0, 28(a1)
	sw	s3, 32(a1)
	li	a0, 9
	call	putarray@plt
.LBB0_4:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(cube)
	addi	s0, s0, %pcrel_lo(.LBB0_4)
	sw	zero, 0(s0)
	sw	s5, 4(s0)
	sw	s6, 8(s0)
	li	a0, 82
	sw	a0, 12(s0)
	li	a0, 62
	sw	a0, 16(s0)
	li	a0, 184
	sw	a0, 20(s0)
	li	a0, 123
	sw	a0, 24(s0)
	li	a0, 256
	sw	a0, 28(s0)
	li	a0, 134
	sw	a0, 32(s0)
	li	a0, 268
	sw	a0, 36(s0)
	li	a0, 135
	sw	a0, 40(s0)
	addi	a1, s0, 40
	li	a0, 270
	sw	a0, 44(s0)
	li	a0, 2
	call	putarray@plt
.LBB0_5:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(primes)
	addi	a1, a1, %pcrel_lo(.LBB0_5)
	li	a0, 12
	call	putarray@plt
.LBB0_6:                                # Label of block must be emitted
	auipc	s2, %pcrel_hi(table)
	addi	s2, s2, %pcrel_lo(.LBB0_6)
	li	a0, 4
	mv	a1, s2
	call	putarray@plt
	addi	a1, s2, 16
	li	a0, 4
	call	putarray@plt
	addi	a1, s2, 32
	li	a0, 4
	call	putarray@plt
	addi	a1, s2, 48
	li	a0, 4
	call	putarray@plt
.LBB0_7:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(weights)
	addi	a1, a1, %pcrel_lo(.LBB0_7)
	flw	ft0, 16(a1)
	flw	ft1, 0(a1)
.LBB0_8:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_0)
	addi	a0, a0, %pcrel_lo(.LBB0_8)
	flw	ft2, 0(a0)
	flw	ft3, 4(a1)
.LBB0_9:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_1)
	addi	a0, a0, %pcrel_lo(.LBB0_9)
	flw	ft4, 0(a0)
	fmul.s	ft2, ft1, ft2
	fadd.s	ft0, ft0, ft2
	fmul.s	ft2, ft3, ft4
	fadd.s	ft0, ft0, ft2
	fadd.s	ft0, ft0, ft1
	fadd.s	ft1, ft3, ft3
	fadd.s	ft0, ft0, ft1
	fsw	ft0, 16(a1)
	li	a0, 5
	call	putfarray@plt
.LBB0_10:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_2)
	addi	a0, a0, %pcrel_lo(.LBB0_10)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	lw	a5, 44(s0)
.LBB0_11:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB0_11)
	li	a1, 4
	li	a2, 9
	li	a3, 4
	li	a4, 1
	call	putf@plt
	lw	a0, 68(s1)
	addiw	a0, a0, 5
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	ld	s4, 16(sp)                      # 8-byte Folded Reload
	ld	s5, 8(sp)                       # 8-byte Folded Reload
	ld	s6, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	N,@object                       # @N
	.section	.rodata,"a",@progbits
	.globl	N
	.p2align	2
N:
	.word	4                               # 0x4
	.size	N, 4

	.type	M,@object                       # @M
	.globl	M
	.p2align	2
M:
	.word	9                               # 0x9
	.size	M, 4

	.type	HALF,@object                    # @HALF
	.globl	HALF
	.p2align	2
HALF:
	.word	4                               # 0x4
	.size	HALF, 4

	.type	REM,@object                     # @REM
	.globl	REM
	.p2align	2
REM:
	.word	1                               # 0x1
	.size	REM, 4

	.type	weights,@object                 # @weights
	.data
	.globl	weights
	.p2align	2
weights:
	.word	0x3f000000                      # float 0.5
	.word	0x3fc00000                      # float 1.5
	.word	0x00000000                      # float 0
	.word	0x00000000                      # float 0
	.word	0x00000000                      # float 0
	.size	weights, 20

	.type	primes,@object                  # @primes
	.globl	primes
	.p2align	2
primes:
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	5                               # 0x5
	.word	7                               # 0x7
	.word	11                              # 0xb
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.size	primes, 48

	.type	table,@object                   # @table
	.globl	table
	.p2align	2
table:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	3                               # 0x3
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	4                               # 0x4
	.word	5                               # 0x5
	.word	6                               # 0x6
	.word	0                               # 0x0
	.zero	16
	.size	table, 64

	.type	STEP,@object                    # @STEP
	.section	.rodata,"a",@progbits
	.globl	STEP
	.p2align	2
STEP:
	.word	1                               # 0x1
	.word	4294967295                      # 0xffffffff
	.word	2                               # 0x2
	.word	4294967294                      # 0xfffffffe
	.size	STEP, 16

	.type	LIMIT,@object                   # @LIMIT
	.globl	LIMIT
	.p2align	2
LIMIT:
	.word	10                              # 0xa
	.word	20                              # 0x14
	.word	30                              # 0x1e
	.word	40                              # 0x28
	.word	5                               # 0x5
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.size	LIMIT, 32

	.type	SCALE,@object                   # @SCALE
	.globl	SCALE
	.p2align	2
SCALE:
	.word	0x3e800000                      # float 0.25
	.word	0x3f000000                      # float 0.5
	.word	0x3f800000                      # float 1
	.word	0x40000000                      # float 2
	.size	SCALE, 16

	.type	grid,@object                    # @grid
	.bss
	.globl	grid
	.p2align	2
grid:
	.zero	144
	.size	grid, 144

	.type	counts,@object                  # @counts
	.globl	counts
	.p2align	2
counts:
	.zero	16
	.size	counts, 16

	.type	wide,@object                    # @wide
	.globl	wide
	.p2align	2
wide:
	.zero	36
	.size	wide, 36

	.type	cube,@object                    # @cube
	.globl	cube
	.p2align	2
cube:
	.zero	48
	.size	cube, 48

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"N=%d M=%d HALF=%d REM=%d last=%d\n"
	.size	.L.str, 34

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
