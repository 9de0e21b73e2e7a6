	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_float_newton_sqrt.sy"
	.globl	fabs_f                          # -- Begin function fabs_f
	.p2align	1
	.type	fabs_f,@function
fabs_f:                                 # @fabs_f
# %bb.0:
	fmv.w.x	ft0, zero
	flt.s	a0, fa0, ft0
	beqz	a0, .LBB0_2
# %bb.1:
	fneg.s	fa0, fa0
.LBB0_2:
	ret
.Lfunc_end0:
	.size	fabs_f, .Lfunc_end0-fabs_f
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function newton_sqrt
.LCPI1_0:
	.word	0x3f800000                      # float 1
.LCPI1_1:
	.word	0x3f000000                      # float 0.5
.LCPI1_2:
	.quad	0x3eb0c6f7a0b5ed8d              # double 9.9999999999999995E-7
	.text
	.globl	newton_sqrt
	.p2align	1
	.type	newton_sqrt,@function
newton_sqrt:                            # @newton_sqrt
# %bb.0:
	fmv.w.x	ft0, zero
	feq.s	a0, fa0, ft0
	beqz	a0, .LBB1_2
.LBB1_1:
	fmv.s	fa0, ft0
	ret
.LBB1_2:
.LBB1_10:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_0)
	addi	a0, a0, %pcrel_lo(.LBB1_10)
	flw	ft1, 0(a0)
	flt.s	a0, fa0, ft1
	bnez	a0, .LBB1_4
# %bb.3:
	fmv.s	ft1, fa0
.LBB1_4:
.LBB1_11:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_1)
	addi	a0, a0, %pcrel_lo(.LBB1_11)
	flw	ft2, 0(a0)
.LBB1_12:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_2)
	addi	a0, a0, %pcrel_lo(.LBB1_12)
	fld	ft3, 0(a0)
	li	a0, 0
	li	a1, 39
	fmv.w.x	ft4, zero
	j	.LBB1_6
.LBB1_5:                                #   in Loop: Header=BB1_6 Depth=1
	fcvt.d.s	ft5, ft5
	fcvt.d.s	ft1, ft1
	fmul.d	ft1, ft1, ft3
	flt.d	a2, ft5, ft1
	addiw	a0, a0, 1
	fmv.s	ft1, ft0
	bnez	a2, .LBB1_1
.LBB1_6:                                # =>This Inner Loop Header: Depth=1
	bltu	a1, a0, .LBB1_9
# %bb.7:                                #   in Loop: Header=BB1_6 Depth=1
	fdiv.s	ft0, fa0, ft1
	fadd.s	ft0, ft1, ft0
	fmul.s	ft0, ft0, ft2
	fsub.s	ft5, ft0, ft1
	flt.s	a2, ft5, ft4
	beqz	a2, .LBB1_5
# %bb.8:                                #   in Loop: Header=BB1_6 Depth=1
	fneg.s	ft5, ft5
	j	.LBB1_5
.LBB1_9:
	fmv.s	fa0, ft1
	ret
.Lfunc_end1:
	.size	newton_sqrt, .Lfunc_end1-newton_sqrt
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function main
.LCPI2_0:
	.word	0x3f800000                      # float 1
.LCPI2_1:
	.word	0x3f000000                      # float 0.5
.LCPI2_2:
	.quad	0x3eb0c6f7a0b5ed8d              # double 9.9999999999999995E-7
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -96
	sd	ra, 88(sp)                      # 8-byte Folded Spill
	sd	s0, 80(sp)                      # 8-byte Folded Spill
	sd	s1, 72(sp)                      # 8-byte Folded Spill
	sd	s2, 64(sp)                      # 8-byte Folded Spill
	sd	s3, 56(sp)                      # 8-byte Folded Spill
	fsd	fs0, 48(sp)                     # 8-byte Folded Spill
	fsd	fs1, 40(sp)                     # 8-byte Folded Spill
	fsd	fs2, 32(sp)                     # 8-byte Folded Spill
	fsd	fs3, 24(sp)                     # 8-byte Folded Spill
	fsd	fs4, 16(sp)                     # 8-byte Folded Spill
	fsd	fs5, 8(sp)                      # 8-byte Folded Spill
	li	s0, 0
	fmv.w.x	fs2, zero
.LBB2_11:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_0)
	addi	a0, a0, %pcrel_lo(.LBB2_11)
	flw	fs3, 0(a0)
.LBB2_12:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_1)
	addi	a0, a0, %pcrel_lo(.LBB2_12)
	flw	fs4, 0(a0)
.LBB2_13:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_2)
	addi	a0, a0, %pcrel_lo(.LBB2_13)
	fld	fs5, 0(a0)
.LBB2_14:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(.L__const.main.values)
	addi	s2, s2, %pcrel_lo(.LBB2_14)
	li	s1, 39
	li	s3, 6
	fmv.s	fs0, fs2
	j	.LBB2_3
.LBB2_1:                                #   in Loop: Header=BB2_3 Depth=1
	fmv.s	fs1, ft0
.LBB2_2:                                #   in Loop: Header=BB2_3 Depth=1
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	fmv.s	fa0, fs1
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	addi	s0, s0, 1
	fadd.s	fs0, fs0, fs1
	beq	s0, s3, .LBB2_10
.LBB2_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_7 Depth 2
	slli	a0, s0, 2
	add	a0, a0, s2
	flw	fa0, 0(a0)
	flt.s	a0, fa0, fs3
	fmv.s	ft0, fs3
	bnez	a0, .LBB2_5
# %bb.4:                                #   in Loop: Header=BB2_3 Depth=1
	fmv.s	ft0, fa0
.LBB2_5:                                #   in Loop: Header=BB2_3 Depth=1
	li	a0, 0
	j	.LBB2_7
.LBB2_6:                                #   in Loop: Header=BB2_7 Depth=2
	fcvt.d.s	ft1, ft1
	fcvt.d.s	ft0, ft0
	fmul.d	ft0, ft0, fs5
	flt.d	a1, ft1, ft0
	addiw	a0, a0, 1
	fmv.s	ft0, fs1
	bnez	a1, .LBB2_2
.LBB2_7:                                #   Parent Loop BB2_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	bltu	s1, a0, .LBB2_1
# %bb.8:                                #   in Loop: Header=BB2_7 Depth=2
	fdiv.s	ft1, fa0, ft0
	fadd.s	ft1, ft0, ft1
	fmul.s	fs1, ft1, fs4
	fsub.s	ft1, fs1, ft0
	flt.s	a1, ft1, fs2
	beqz	a1, .LBB2_6
# %bb.9:                                #   in Loop: Header=BB2_7 Depth=2
	fneg.s	ft1, ft1
	j	.LBB2_6
.LBB2_10:
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	fcvt.d.s	ft0, fs0
	fmv.x.d	a1, ft0
.LBB2_15:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_15)
	li	a2, 1
	slli	a2, a2, 62
	li	a3, 6
	call	putf@plt
	fcvt.w.s	a0, fs0, rtz
	ld	ra, 88(sp)                      # 8-byte Folded Reload
	ld	s0, 80(sp)                      # 8-byte Folded Reload
	ld	s1, 72(sp)                      # 8-byte Folded Reload
	ld	s2, 64(sp)                      # 8-byte Folded Reload
	ld	s3, 56(sp)                      # 8-byte Folded Reload
	fld	fs0, 48(sp)                     # 8-byte Folded Reload
	fld	fs1, 40(sp)                     # 8-byte Folded Reload
	fld	fs2, 32(sp)                     # 8-byte Folded Reload
	fld	fs3, 24(sp)                     # 8-byte Folded Reload
	fld	fs4, 16(sp)                     # 8-byte Folded Reload
	fld	fs5, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 96
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	.L__const.main.values,@object   # @__const.main.values
	.section	.rodata,"a",@progbits
	.p2align	2
.L__const.main.values:
	.word	0x40000000                      # float 2
	.word	0x41100000                      # float 9
	.word	0x3e800000                      # float 0.25
	.word	0x461c4000                      # float 1.0E+4
	.word	0x40400000                      # float 3
	.word	0x42f6e979                      # float 123.456001
	.size	.L__const.main.values, 24

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"total=%a first=%a count=%d\n"
	.size	.L.str, 28

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
