	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_float_int_conversion.sy"
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function half
.LCPI0_0:
	.quad	0x3fe0000000000000              # double 0.5
	.text
	.globl	half
	.p2align	1
	.type	half,@function
half:                                   # @half
# %bb.0:
.LBB0_1:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI0_0)
	addi	a1, a1, %pcrel_lo(.LBB0_1)
	fld	ft0, 0(a1)
	fcvt.d.w	ft1, a0
	fmul.d	ft0, ft1, ft0
	fcvt.s.d	fa0, ft0
	ret
.Lfunc_end0:
	.size	half, .Lfunc_end0-half
                                        # -- End function
	.globl	trunc_to_int                    # -- Begin function trunc_to_int
	.p2align	1
	.type	trunc_to_int,@function
trunc_to_int:                           # @trunc_to_int
# %bb.0:
	fcvt.w.s	a0, fa0, rtz
	ret
.Lfunc_end1:
	.size	trunc_to_int, .Lfunc_end1-trunc_to_int
                                        # -- End function
	.globl	scale                           # -- Begin function scale
	.p2align	1
	.type	scale,@function
scale:                                  # @scale
# %bb.0:
	fcvt.s.w	ft0, a0
	fmul.s	fa0, ft0, fa0
	ret
.Lfunc_end2:
	.size	scale, .Lfunc_end2-scale
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI3_0:
	.word	0x40e00000                      # float 7
.LCPI3_1:
	.word	0x40400000                      # float 3
.LCPI3_2:
	.word	0x40600000                      # float 3.5
.LCPI3_3:
	.word	0x40900000                      # float 4.5
.LCPI3_4:
	.word	0x40700000                      # float 3.75
.LCPI3_5:
	.word	0x403b7438                      # float 2.92896843
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	sd	s0, 0(sp)                       # 8-byte Folded Spill
.LBB3_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_0)
	addi	a0, a0, %pcrel_lo(.LBB3_1)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
.LBB3_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_1)
	addi	a0, a0, %pcrel_lo(.LBB3_2)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
.LBB3_3:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_2)
	addi	a0, a0, %pcrel_lo(.LBB3_3)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	li	a0, 3
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, -3
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB3_4:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB3_4)
	lui	a1, 4099
	slli	a1, a1, 38
	li	a2, 1021
	slli	a2, a2, 52
	lui	a3, 2049
	slli	a3, a3, 39
	call	putf@plt
.LBB3_5:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_3)
	addi	a0, a0, %pcrel_lo(.LBB3_5)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	li	a0, -2
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 2
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB3_6:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_4)
	addi	a0, a0, %pcrel_lo(.LBB3_6)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB3_7:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(g_i)
	addi	s0, s0, %pcrel_lo(.LBB3_7)
	lw	a0, 0(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB3_8:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(g_f)
	addi	a0, a0, %pcrel_lo(.LBB3_8)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB3_9:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_5)
	addi	a0, a0, %pcrel_lo(.LBB3_9)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, 292
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 2
	call	putint@plt
	li	a0, 3
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lui	a0, 61035
	addiw	a0, a0, 640
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 292
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	g_i,@object                     # @g_i
	.section	.sdata,"aw",@progbits
	.globl	g_i
	.p2align	2
g_i:
	.word	3                               # 0x3
	.size	g_i, 4

	.type	g_f,@object                     # @g_f
	.globl	g_f
	.p2align	2
g_f:
	.word	0x40e00000                      # float 7
	.size	g_f, 4

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"%f %f %a\n"
	.size	.L.str, 10

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
