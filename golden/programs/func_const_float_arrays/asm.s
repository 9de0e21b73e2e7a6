	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_const_float_arrays.sy"
	.globl	horner                          # -- Begin function horner
	.p2align	1
	.type	horner,@function
horner:                                 # @horner
# %bb.0:
	blez	a1, .LBB0_4
# %bb.1:
	slli	a2, a1, 32
	srli	a2, a2, 32
	addi	a2, a2, 1
	fmv.w.x	ft0, zero
	li	a3, 1
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	addiw	a1, a1, -1
	slli	a4, a1, 32
	srli	a4, a4, 30
	add	a4, a4, a0
	flw	ft1, 0(a4)
	fmul.s	ft0, ft0, fa0
	addi	a2, a2, -1
	fadd.s	ft0, ft0, ft1
	bltu	a3, a2, .LBB0_2
# %bb.3:
	fmv.s	fa0, ft0
	ret
.LBB0_4:
	fmv.w.x	fa0, zero
	ret
.Lfunc_end0:
	.size	horner, .Lfunc_end0-horner
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI1_0:
	.word	0x42c80000                      # float 100
.LCPI1_1:
	.word	0x42480000                      # float 50
.LCPI1_2:
	.word	0x41c80000                      # float 25
.LCPI1_3:
	.word	0x41400000                      # float 12
.LCPI1_4:
	.word	0x40c00000                      # float 6
.LCPI1_5:
	.word	0x40a00000                      # float 5
.LCPI1_6:
	.word	0x3f300000                      # float 0.6875
.LCPI1_7:
	.word	0x40200000                      # float 2.5
.LCPI1_8:
	.word	0x3f400000                      # float 0.75
.LCPI1_9:
	.word	0x40400000                      # float 3
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
.LBB1_1:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(samples)
	addi	s1, s1, %pcrel_lo(.LBB1_1)
	flw	ft0, 0(s1)
.LBB1_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_0)
	addi	a0, a0, %pcrel_lo(.LBB1_2)
	flw	ft1, 0(a0)
	flw	ft2, 4(s1)
.LBB1_3:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_1)
	addi	a0, a0, %pcrel_lo(.LBB1_3)
	flw	ft3, 0(a0)
	fadd.s	ft0, ft0, ft1
	fsw	ft0, 0(s1)
	fadd.s	ft0, ft2, ft3
	fsw	ft0, 4(s1)
	flw	ft0, 8(s1)
.LBB1_4:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_2)
	addi	a0, a0, %pcrel_lo(.LBB1_4)
	flw	ft1, 0(a0)
.LBB1_5:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(rounded)
	addi	s0, s0, %pcrel_lo(.LBB1_5)
	li	a0, 100
	sw	a0, 0(s0)
	fadd.s	ft0, ft0, ft1
.LBB1_6:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_3)
	addi	a0, a0, %pcrel_lo(.LBB1_6)
	flw	ft1, 0(a0)
	li	a0, 50
	fsw	ft0, 8(s1)
	flw	ft0, 12(s1)
	sw	a0, 4(s0)
	li	a0, 25
	sw	a0, 8(s0)
	fadd.s	ft0, ft0, ft1
.LBB1_7:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_4)
	addi	a0, a0, %pcrel_lo(.LBB1_7)
	flw	ft1, 0(a0)
	li	a0, 12
	fsw	ft0, 12(s1)
	flw	ft0, 16(s1)
	sw	a0, 12(s0)
	li	a0, 6
	sw	a0, 16(s0)
	fadd.s	ft0, ft0, ft1
	fsw	ft0, 16(s1)
	li	a0, 5
	mv	a1, s0
	call	putarray@plt
	li	a0, 5
	mv	a1, s1
	call	putfarray@plt
.LBB1_8:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_5)
	addi	a0, a0, %pcrel_lo(.LBB1_8)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
.LBB1_9:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_6)
	addi	a0, a0, %pcrel_lo(.LBB1_9)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB1_10:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB1_10)
	lui	a1, 514
	addiw	a1, a1, -1583
	slli	a1, a1, 12
	addi	a1, a1, 1123
	slli	a1, a1, 29
	li	a2, 19
	li	a3, -31
	call	putf@plt
	li	a0, 1
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB1_11:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_7)
	addi	a0, a0, %pcrel_lo(.LBB1_11)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, 2
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB1_12:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_8)
	addi	a0, a0, %pcrel_lo(.LBB1_12)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, -3
	call	putint@plt
	li	a0, 32
	call	putch@plt
	fmv.w.x	fa0, zero
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, 3
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB1_13:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_9)
	addi	a0, a0, %pcrel_lo(.LBB1_13)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 8(s0)
	addiw	a0, a0, -31
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	N,@object                       # @N
	.section	.rodata,"a",@progbits
	.globl	N
	.p2align	2
N:
	.word	5                               # 0x5
	.size	N, 4

	.type	COEFF,@object                   # @COEFF
	.globl	COEFF
	.p2align	2
COEFF:
	.word	0x3f800000                      # float 1
	.word	0x3f000000                      # float 0.5
	.word	0x3e800000                      # float 0.25
	.word	0x3e000000                      # float 0.125
	.word	0x3d800000                      # float 0.0625
	.size	COEFF, 20

	.type	GRID,@object                    # @GRID
	.globl	GRID
	.p2align	2
GRID:
	.word	0x3fc00000                      # float 1.5
	.word	0xc0000000                      # float -2
	.word	0x00000000                      # float 0
	.word	0x40400000                      # float 3
	.word	0x00000000                      # float 0
	.word	0x00000000                      # float 0
	.size	GRID, 24

	.type	PI,@object                      # @PI
	.globl	PI
	.p2align	2
PI:
	.word	0x40490fdb                      # float 3.14159274
	.size	PI, 4

	.type	R2,@object                      # @R2
	.globl	R2
	.p2align	2
R2:
	.word	0x40c80000                      # float 6.25
	.size	R2, 4

	.type	samples,@object                 # @samples
	.data
	.globl	samples
	.p2align	2
samples:
	.word	0x3f800000                      # float 1
	.word	0x40000000                      # float 2
	.word	0x40400000                      # float 3
	.word	0x00000000                      # float 0
	.word	0x00000000                      # float 0
	.size	samples, 20

	.type	rounded,@object                 # @rounded
	.bss
	.globl	rounded
	.p2align	2
rounded:
	.zero	20
	.size	rounded, 20

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"area=%f int=%d neg=%d\n"
	.size	.L.str, 23

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
