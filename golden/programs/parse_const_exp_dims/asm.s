	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"parse_const_exp_dims.sy"
	.globl	total                           # -- Begin function total
	.p2align	1
	.type	total,@function
total:                                  # @total
# %bb.0:
	blez	a1, .LBB0_4
# %bb.1:
	mv	a2, a0
	li	a3, 0
	li	a0, 0
	slli	a1, a1, 32
	srli	a6, a1, 32
	addi	a2, a2, 8
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	lw	a4, -8(a2)
	addi	a3, a3, 1
	lw	a5, -4(a2)
	mulw	a4, a4, a3
	lw	a1, 0(a2)
	addw	a0, a0, a4
	mulw	a4, a5, a3
	addw	a0, a0, a4
	mulw	a1, a1, a3
	addw	a0, a0, a1
	addi	a2, a2, 12
	bne	a6, a3, .LBB0_2
# %bb.3:
	ret
.LBB0_4:
	li	a0, 0
	ret
.Lfunc_end0:
	.size	total, .Lfunc_end0-total
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -80
	sd	ra, 72(sp)                      # 8-byte Folded Spill
	sd	s0, 64(sp)                      # 8-byte Folded Spill
	addi	a0, sp, 12
	li	a2, 52
	li	a1, 0
	call	memset@plt
	li	a0, 7
	sw	a0, 8(sp)
	li	a0, 8
	sw	a0, 16(sp)
	li	a0, 9
	sw	a0, 24(sp)
.LBB1_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(m1)
	addi	a0, a0, %pcrel_lo(.LBB1_1)
	li	a1, 60
	sw	a1, 0(a0)
	li	a1, 61
	sw	a1, 4(a0)
	li	a1, 62
	sw	a1, 8(a0)
	li	a1, 70
	sw	a1, 12(a0)
	li	a1, 71
	sw	a1, 16(a0)
	li	a1, 72
	sw	a1, 20(a0)
	li	a1, 10
	sw	a1, 24(a0)
	li	a1, 11
	sw	a1, 28(a0)
	li	a1, 12
	sw	a1, 32(a0)
	li	a0, 708
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB1_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(m2)
	addi	a0, a0, %pcrel_lo(.LBB1_2)
	lw	a1, 0(a0)
	lw	a2, 4(a0)
	lw	a3, 8(a0)
	lw	a4, 12(a0)
	lw	a5, 16(a0)
	lw	s0, 20(a0)
	addw	a1, a1, a2
	addw	a1, a1, a3
	addw	a2, a5, a4
	addw	a2, a2, s0
	lw	a3, 24(a0)
	lw	a4, 28(a0)
	lw	a5, 32(a0)
	slliw	a2, a2, 1
	addw	a1, a1, a2
	addw	a2, a4, a3
	addw	a2, a2, a5
	slliw	a3, a2, 1
	lw	a4, 36(a0)
	lw	a5, 40(a0)
	lw	s0, 44(a0)
	addw	a2, a2, a3
	addw	a1, a1, a2
	addw	a2, a5, a4
	addw	a2, a2, s0
	lw	a3, 48(a0)
	lw	a4, 52(a0)
	lw	a0, 56(a0)
	slliw	a2, a2, 2
	addw	a1, a1, a2
	addw	a2, a4, a3
	addw	a0, a0, a2
	slliw	a2, a0, 2
	addw	a0, a0, a2
	addw	a0, a0, a1
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB1_3:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(flat)
	addi	a1, a1, %pcrel_lo(.LBB1_3)
	li	a0, 17
	call	putarray@plt
.LBB1_4:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(m3)
	addi	s0, s0, %pcrel_lo(.LBB1_4)
	li	a0, 2
	mv	a1, s0
	call	putarray@plt
	addi	a1, s0, 8
	li	a0, 2
	call	putarray@plt
	addi	a1, s0, 16
	li	a0, 2
	call	putarray@plt
.LBB1_5:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(fm)
	addi	s0, s0, %pcrel_lo(.LBB1_5)
	addi	a1, s0, 8
	li	a0, 2
	call	putfarray@plt
	addi	a1, s0, 16
	li	a0, 2
	call	putfarray@plt
	li	a0, -13
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB1_6:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB1_6)
	li	a1, 9
	li	a2, 5
	li	a3, 1
	li	a4, 13
	li	a5, 7
	li	a6, 2
	call	putf@plt
	addi	a1, sp, 56
	li	a0, 2
	call	putarray@plt
	lw	a0, 8(sp)
	addiw	a0, a0, 13
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 80
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	A,@object                       # @A
	.section	.rodata,"a",@progbits
	.globl	A
	.p2align	2
A:
	.word	3                               # 0x3
	.size	A, 4

	.type	B,@object                       # @B
	.globl	B
	.p2align	2
B:
	.word	6                               # 0x6
	.size	B, 4

	.type	C,@object                       # @C
	.globl	C
	.p2align	2
C:
	.word	6                               # 0x6
	.word	7                               # 0x7
	.word	1                               # 0x1
	.size	C, 12

	.type	D,@object                       # @D
	.globl	D
	.p2align	2
D:
	.word	9                               # 0x9
	.size	D, 4

	.type	E,@object                       # @E
	.globl	E
	.p2align	2
E:
	.word	5                               # 0x5
	.size	E, 4

	.type	F,@object                       # @F
	.globl	F
	.p2align	2
F:
	.word	1                               # 0x1
	.size	F, 4

	.type	m2,@object                      # @m2
	.data
	.globl	m2
	.p2align	2
m2:
	.zero	12
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.zero	12
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	0                               # 0x0
	.zero	12
	.size	m2, 60

	.type	m3,@object                      # @m3
	.globl	m3
	.p2align	2
m3:
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	4                               # 0x4
	.word	0                               # 0x0
	.zero	8
	.zero	16
	.size	m3, 48

	.type	fm,@object                      # @fm
	.globl	fm
	.p2align	2
fm:
	.word	0x3f000000                      # float 0.5
	.word	0x00000000                      # float 0
	.word	0x3fc00000                      # float 1.5
	.word	0x40200000                      # float 2.5
	.zero	8
	.zero	8
	.size	fm, 32

	.type	flat,@object                    # @flat
	.globl	flat
	.p2align	2
flat:
	.word	3                               # 0x3
	.word	6                               # 0x6
	.word	9                               # 0x9
	.word	5                               # 0x5
	.word	1                               # 0x1
	.zero	48
	.size	flat, 68

	.type	m1,@object                      # @m1
	.bss
	.globl	m1
	.p2align	2
m1:
	.zero	36
	.size	m1, 36

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"D=%d E=%d F=%d G=%d rows=%d cols=%d\n"
	.size	.L.str, 37

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
