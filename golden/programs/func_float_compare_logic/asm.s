	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_float_compare_logic.sy"
	.globl	clamp                           # -- Begin function clamp
	.p2align	1
	.type	clamp,@function
clamp:                                  # @clamp
# %bb.0:
	flt.s	a1, fa2, fa0
	flt.s	a0, fa0, fa1
	beqz	a1, .LBB0_3
# %bb.1:
	beqz	a0, .LBB0_4
.LBB0_2:
	fmv.s	fa0, fa1
	ret
.LBB0_3:
	fmv.s	fa2, fa0
	bnez	a0, .LBB0_2
.LBB0_4:
	fmv.s	fa1, fa2
	fmv.s	fa0, fa1
	ret
.Lfunc_end0:
	.size	clamp, .Lfunc_end0-clamp
                                        # -- End function
	.globl	sign                            # -- Begin function sign
	.p2align	1
	.type	sign,@function
sign:                                   # @sign
# %bb.0:
	fmv.w.x	ft0, zero
	flt.s	a1, ft0, fa0
	li	a0, 1
	bnez	a1, .LBB1_2
# %bb.1:
	flt.s	a0, fa0, ft0
	neg	a0, a0
.LBB1_2:
	ret
.Lfunc_end1:
	.size	sign, .Lfunc_end1-sign
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function in_unit_circle
.LCPI2_0:
	.word	0x3f800000                      # float 1
	.text
	.globl	in_unit_circle
	.p2align	1
	.type	in_unit_circle,@function
in_unit_circle:                         # @in_unit_circle
# %bb.0:
.LBB2_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_0)
	addi	a0, a0, %pcrel_lo(.LBB2_1)
	flw	ft0, 0(a0)
	fmul.s	ft1, fa0, fa0
	fmul.s	ft2, fa1, fa1
	fadd.s	ft1, ft1, ft2
	fle.s	a0, ft1, ft0
	ret
.Lfunc_end2:
	.size	in_unit_circle, .Lfunc_end2-in_unit_circle
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function main
.LCPI3_0:
	.word	0x3f800000                      # float 1
.LCPI3_1:
	.word	0xbf800000                      # float -1
.LCPI3_2:
	.word	0x3f440000                      # float 0.765625
.LCPI3_3:
	.word	0x3f100000                      # float 0.5625
.LCPI3_4:
	.word	0x3ec80000                      # float 0.390625
.LCPI3_5:
	.word	0x3e800000                      # float 0.25
.LCPI3_6:
	.word	0x3e100000                      # float 0.140625
.LCPI3_7:
	.word	0x3d800000                      # float 0.0625
.LCPI3_8:
	.word	0x3c800000                      # float 0.015625
.LCPI3_9:
	.word	0x3e000000                      # float 0.125
.LCPI3_10:
	.quad	0x4010000000000000              # double 4
.LCPI3_11:
	.quad	0x4072100000000000              # double 289
.LCPI3_12:
	.quad	0x4007333333333333              # double 2.8999999999999999
.LCPI3_13:
	.quad	0x400a666666666666              # double 3.2999999999999998
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -128
	sd	ra, 120(sp)                     # 8-byte Folded Spill
	sd	s0, 112(sp)                     # 8-byte Folded Spill
	sd	s1, 104(sp)                     # 8-byte Folded Spill
	sd	s2, 96(sp)                      # 8-byte Folded Spill
	sd	s3, 88(sp)                      # 8-byte Folded Spill
	sd	s4, 80(sp)                      # 8-byte Folded Spill
	sd	s5, 72(sp)                      # 8-byte Folded Spill
	sd	s6, 64(sp)                      # 8-byte Folded Spill
	sd	s7, 56(sp)                      # 8-byte Folded Spill
	sd	s8, 48(sp)                      # 8-byte Folded Spill
	sd	s9, 40(sp)                      # 8-byte Folded Spill
	sd	s10, 32(sp)                     # 8-byte Folded Spill
	sd	s11, 24(sp)                     # 8-byte Folded Spill
	fsd	fs0, 16(sp)                     # 8-byte Folded Spill
	fsd	fs1, 8(sp)                      # 8-byte Folded Spill
	fsd	fs2, 0(sp)                      # 8-byte Folded Spill
	li	s1, 0
.LBB3_13:                               # Label of block must be emitted
	auipc	s4, %pcrel_hi(.L__const.main.xs)
	addi	s4, s4, %pcrel_lo(.LBB3_13)
	li	s5, 4
.LBB3_14:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(.LCPI3_0)
	addi	s2, s2, %pcrel_lo(.LBB3_14)
	flw	fs0, 0(s2)
.LBB3_15:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(.LCPI3_1)
	addi	s3, s3, %pcrel_lo(.LBB3_15)
	flw	fs1, 0(s3)
	lui	a0, 524288
	addiw	s6, a0, -2
	li	s7, 8
	j	.LBB3_2
.LBB3_1:                                #   in Loop: Header=BB3_2 Depth=1
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	addiw	a0, s1, -1
	sltiu	a0, a0, 2
	and	a1, s1, s6
	addi	s11, a1, -4
	seqz	a1, s11
	or	a0, a0, a1
	call	putint@plt
	li	a0, 0
	call	putint@plt
	slli	a0, s9, 32
	addi	a0, a0, -2
	and	a1, s10, a0
	xor	a0, a0, a1
	snez	s0, a0
	seqz	a0, a0
	call	putint@plt
	mv	a0, s0
	call	putint@plt
	snez	a0, s11
	snez	a1, s8
	and	a0, a0, a1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	addi	s1, s1, 1
	addi	s4, s4, 4
	beq	s1, s7, .LBB3_8
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	addi	s10, s1, -3
	seqz	a0, s1
	addi	s8, s1, -7
	seqz	a1, s8
	or	s0, a0, a1
	li	s9, 1
	li	a0, 1
	bltu	s10, s5, .LBB3_4
# %bb.3:                                #   in Loop: Header=BB3_2 Depth=1
	neg	a0, s0
.LBB3_4:                                #   in Loop: Header=BB3_2 Depth=1
	flw	fs2, 0(s4)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	flt.s	a0, fs0, fs2
	fmv.s	ft0, fs0
	bnez	a0, .LBB3_6
# %bb.5:                                #   in Loop: Header=BB3_2 Depth=1
	fmv.s	ft0, fs2
.LBB3_6:                                #   in Loop: Header=BB3_2 Depth=1
	fmv.s	fa0, fs1
	bnez	s0, .LBB3_1
# %bb.7:                                #   in Loop: Header=BB3_2 Depth=1
	fmv.s	fa0, ft0
	j	.LBB3_1
.LBB3_8:
	flw	ft0, 0(s3)
	flw	ft1, 0(s2)
.LBB3_16:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_2)
	addi	a0, a0, %pcrel_lo(.LBB3_16)
	flw	ft2, 0(a0)
.LBB3_17:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_3)
	addi	a0, a0, %pcrel_lo(.LBB3_17)
	flw	ft3, 0(a0)
.LBB3_18:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_4)
	addi	a0, a0, %pcrel_lo(.LBB3_18)
	flw	ft4, 0(a0)
.LBB3_19:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_5)
	addi	a0, a0, %pcrel_lo(.LBB3_19)
	flw	ft5, 0(a0)
.LBB3_20:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_6)
	addi	a0, a0, %pcrel_lo(.LBB3_20)
	flw	ft6, 0(a0)
.LBB3_21:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_7)
	addi	a0, a0, %pcrel_lo(.LBB3_21)
	flw	ft7, 0(a0)
.LBB3_22:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_8)
	addi	a0, a0, %pcrel_lo(.LBB3_22)
	flw	fa0, 0(a0)
.LBB3_23:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_9)
	addi	a0, a0, %pcrel_lo(.LBB3_23)
	flw	fa1, 0(a0)
	li	s0, 0
	fmv.w.x	fa2, zero
.LBB3_9:                                # =>This Inner Loop Header: Depth=1
	fmul.s	fa3, ft0, ft0
	fadd.s	fa4, fa3, ft1
	fle.s	a6, fa4, ft1
	addw	a1, s0, a6
	fadd.s	fa4, fa3, ft2
	fle.s	a7, fa4, ft1
	addw	a1, a1, a7
	fadd.s	fa4, fa3, ft3
	fle.s	a3, fa4, ft1
	addw	a1, a1, a3
	fadd.s	fa4, fa3, ft4
	fle.s	a4, fa4, ft1
	addw	a1, a1, a4
	fadd.s	fa4, fa3, ft5
	fle.s	a5, fa4, ft1
	addw	a1, a1, a5
	fadd.s	fa4, fa3, ft6
	fle.s	s1, fa4, ft1
	addw	a1, a1, s1
	fadd.s	fa4, fa3, ft7
	fle.s	s0, fa4, ft1
	addw	a1, a1, s0
	fadd.s	fa4, fa3, fa0
	fle.s	a0, fa4, ft1
	addw	a1, a1, a0
	fadd.s	fa3, fa3, fa2
	fle.s	a2, fa3, ft1
	addw	a1, a1, a2
	addw	a0, a0, a1
	addw	a0, a0, s0
	addw	a0, a0, s1
	addw	a0, a0, a5
	addw	a0, a0, a4
	addw	a0, a0, a3
	addw	a0, a0, a7
	fadd.s	ft0, ft0, fa1
	fle.s	a1, ft0, ft1
	addw	s0, a0, a6
	bnez	a1, .LBB3_9
# %bb.10:
.LBB3_24:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB3_24)
	li	a2, 289
	mv	a1, s0
	call	putf@plt
.LBB3_25:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_10)
	addi	a0, a0, %pcrel_lo(.LBB3_25)
	fld	ft0, 0(a0)
.LBB3_26:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_11)
	addi	a0, a0, %pcrel_lo(.LBB3_26)
	fld	ft1, 0(a0)
	fcvt.d.w	ft2, s0
	fmul.d	ft0, ft2, ft0
	fdiv.d	ft0, ft0, ft1
	fcvt.s.d	fs0, ft0
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB3_27:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_12)
	addi	a0, a0, %pcrel_lo(.LBB3_27)
	fld	ft0, 0(a0)
.LBB3_28:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_13)
	addi	a0, a0, %pcrel_lo(.LBB3_28)
	fld	ft1, 0(a0)
	fcvt.d.s	ft2, fs0
	flt.d	a0, ft0, ft2
	flt.d	a1, ft2, ft1
	and	a1, a1, a0
	li	a0, 102
	bnez	a1, .LBB3_12
# %bb.11:
	li	a0, 126
.LBB3_12:
	ld	ra, 120(sp)                     # 8-byte Folded Reload
	ld	s0, 112(sp)                     # 8-byte Folded Reload
	ld	s1, 104(sp)                     # 8-byte Folded Reload
	ld	s2, 96(sp)                      # 8-byte Folded Reload
	ld	s3, 88(sp)                      # 8-byte Folded Reload
	ld	s4, 80(sp)                      # 8-byte Folded Reload
	ld	s5, 72(sp)                      # 8-byte Folded Reload
	ld	s6, 64(sp)                      # 8-byte Folded Reload
	ld	s7, 56(sp)                      # 8-byte Folded Reload
	ld	s8, 48(sp)                      # 8-byte Folded Reload
	ld	s9, 40(sp)                      # 8-byte Folded Reload
	ld	s10, 32(sp)                     # 8-byte Folded Reload
	ld	s11, 24(sp)                     # 8-byte Folded Reload
	fld	fs0, 16(sp)                     # 8-byte Folded Reload
	fld	fs1, 8(sp)                      # 8-byte Folded Reload
	fld	fs2, 0(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 128
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	.L__const.main.xs,@object       # @__const.main.xs
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	2
.L__const.main.xs:
	.word	0xbfc00000                      # float -1.5
	.word	0x80000000                      # float -0
	.word	0x00000000                      # float 0
	.word	0x3e800000                      # float 0.25
	.word	0x3f800000                      # float 1
	.word	0x3f800001                      # float 1.00000012
	.word	0x3300d959                      # float 2.99999989E-8
	.word	0xc0f80000                      # float -7.75
	.size	.L__const.main.xs, 32

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"%d of %d\n"
	.size	.L.str, 10

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
