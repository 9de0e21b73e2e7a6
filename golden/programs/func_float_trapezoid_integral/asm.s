	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_float_trapezoid_integral.sy"
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function f
.LCPI0_0:
	.word	0x3f800000                      # float 1
	.zero	4
.LCPI0_1:
	.quad	0x3ff0000000000000              # double 1
	.text
	.globl	f
	.p2align	1
	.type	f,@function
f:                                      # @f
# %bb.0:
	li	a1, 1
	beq	a0, a1, .LBB0_3
# %bb.1:
	bnez	a0, .LBB0_4
# %bb.2:
	fmul.s	fa0, fa0, fa0
	ret
.LBB0_3:
	fmul.s	ft0, fa0, fa0
.LBB0_5:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_0)
	addi	a0, a0, %pcrel_lo(.LBB0_5)
	flw	ft1, 0(a0)
	fmul.s	ft0, ft0, fa0
	fadd.s	ft2, fa0, fa0
	fsub.s	ft0, ft0, ft2
	fadd.s	fa0, ft0, ft1
	ret
.LBB0_4:
.LBB0_6:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_1)
	addi	a0, a0, %pcrel_lo(.LBB0_6)
	fld	ft0, 0(a0)
	fmul.s	ft1, fa0, fa0
	fcvt.d.s	ft1, ft1
	fadd.d	ft1, ft1, ft0
	fdiv.d	ft0, ft0, ft1
	fcvt.s.d	fa0, ft0
	ret
.Lfunc_end0:
	.size	f, .Lfunc_end0-f
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function trapezoid
.LCPI1_0:
	.word	0x3f800000                      # float 1
	.zero	4
.LCPI1_1:
	.quad	0x3ff0000000000000              # double 1
.LCPI1_2:
	.word	0x3f000000                      # float 0.5
	.text
	.globl	trapezoid
	.p2align	1
	.type	trapezoid,@function
trapezoid:                              # @trapezoid
# %bb.0:
	fsub.s	ft0, fa1, fa0
	li	a2, 1
	fcvt.s.w	ft1, a1
	beq	a0, a2, .LBB1_3
# %bb.1:
	bnez	a0, .LBB1_4
# %bb.2:
	fmul.s	ft2, fa0, fa0
	fmul.s	ft3, fa1, fa1
	j	.LBB1_5
.LBB1_3:
	fmul.s	ft2, fa0, fa0
.LBB1_13:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI1_0)
	addi	a2, a2, %pcrel_lo(.LBB1_13)
	flw	ft3, 0(a2)
	fmul.s	ft2, ft2, fa0
	fadd.s	ft4, fa0, fa0
	fsub.s	ft2, ft2, ft4
	fadd.s	ft2, ft2, ft3
	fmul.s	ft4, fa1, fa1
	fmul.s	ft4, ft4, fa1
	fadd.s	ft5, fa1, fa1
	fsub.s	ft4, ft4, ft5
	fadd.s	ft3, ft4, ft3
	j	.LBB1_5
.LBB1_4:
.LBB1_14:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI1_1)
	addi	a2, a2, %pcrel_lo(.LBB1_14)
	fld	ft3, 0(a2)
	fmul.s	ft2, fa0, fa0
	fcvt.d.s	ft2, ft2
	fadd.d	ft2, ft2, ft3
	fdiv.d	ft2, ft3, ft2
	fcvt.s.d	ft2, ft2
	fmul.s	ft4, fa1, fa1
	fcvt.d.s	ft4, ft4
	fadd.d	ft4, ft4, ft3
	fdiv.d	ft3, ft3, ft4
	fcvt.s.d	ft3, ft3
.LBB1_5:
.LBB1_15:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI1_2)
	addi	a2, a2, %pcrel_lo(.LBB1_15)
	flw	ft4, 0(a2)
	fdiv.s	ft0, ft0, ft1
	fadd.s	ft1, ft2, ft3
	li	a2, 2
	fmul.s	ft1, ft1, ft4
	blt	a1, a2, .LBB1_12
# %bb.6:
.LBB1_16:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI1_0)
	addi	a2, a2, %pcrel_lo(.LBB1_16)
	flw	ft2, 0(a2)
.LBB1_17:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI1_1)
	addi	a2, a2, %pcrel_lo(.LBB1_17)
	fld	ft3, 0(a2)
	li	a2, 1
	li	a3, 1
	j	.LBB1_9
.LBB1_7:                                #   in Loop: Header=BB1_9 Depth=1
	fmul.s	ft5, ft4, ft4
	fmul.s	ft5, ft4, ft5
	fadd.s	ft4, ft4, ft4
	fsub.s	ft4, ft5, ft4
	fadd.s	ft4, ft4, ft2
.LBB1_8:                                #   in Loop: Header=BB1_9 Depth=1
	addiw	a3, a3, 1
	fadd.s	ft1, ft1, ft4
	bge	a3, a1, .LBB1_12
.LBB1_9:                                # =>This Inner Loop Header: Depth=1
	fcvt.s.w	ft4, a3
	fmul.s	ft4, ft0, ft4
	fadd.s	ft4, ft4, fa0
	beq	a0, a2, .LBB1_7
# %bb.10:                               #   in Loop: Header=BB1_9 Depth=1
	fmul.s	ft4, ft4, ft4
	beqz	a0, .LBB1_8
# %bb.11:                               #   in Loop: Header=BB1_9 Depth=1
	fcvt.d.s	ft4, ft4
	fadd.d	ft4, ft4, ft3
	fdiv.d	ft4, ft3, ft4
	fcvt.s.d	ft4, ft4
	j	.LBB1_8
.LBB1_12:
	fmul.s	fa0, ft0, ft1
	ret
.Lfunc_end1:
	.size	trapezoid, .Lfunc_end1-trapezoid
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function simpson
.LCPI2_0:
	.word	0x3f800000                      # float 1
	.zero	4
.LCPI2_1:
	.quad	0x3ff0000000000000              # double 1
.LCPI2_2:
	.word	0x40800000                      # float 4
.LCPI2_3:
	.word	0x40400000                      # float 3
	.text
	.globl	simpson
	.p2align	1
	.type	simpson,@function
simpson:                                # @simpson
# %bb.0:
	fsub.s	ft0, fa1, fa0
	li	a2, 1
	fcvt.s.w	ft1, a1
	beq	a0, a2, .LBB2_3
# %bb.1:
	bnez	a0, .LBB2_4
# %bb.2:
	fmul.s	ft2, fa0, fa0
	fmul.s	ft3, fa1, fa1
	j	.LBB2_5
.LBB2_3:
	fmul.s	ft2, fa0, fa0
.LBB2_20:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI2_0)
	addi	a2, a2, %pcrel_lo(.LBB2_20)
	flw	ft3, 0(a2)
	fmul.s	ft2, ft2, fa0
	fadd.s	ft4, fa0, fa0
	fsub.s	ft2, ft2, ft4
	fadd.s	ft2, ft2, ft3
	fmul.s	ft4, fa1, fa1
	fmul.s	ft4, ft4, fa1
	fadd.s	ft5, fa1, fa1
	fsub.s	ft4, ft4, ft5
	fadd.s	ft3, ft4, ft3
	j	.LBB2_5
.LBB2_4:
.LBB2_21:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI2_1)
	addi	a2, a2, %pcrel_lo(.LBB2_21)
	fld	ft3, 0(a2)
	fmul.s	ft2, fa0, fa0
	fcvt.d.s	ft2, ft2
	fadd.d	ft2, ft2, ft3
	fdiv.d	ft2, ft3, ft2
	fcvt.s.d	ft2, ft2
	fmul.s	ft4, fa1, fa1
	fcvt.d.s	ft4, ft4
	fadd.d	ft4, ft4, ft3
	fdiv.d	ft3, ft3, ft4
	fcvt.s.d	ft3, ft3
.LBB2_5:
	fdiv.s	ft0, ft0, ft1
	li	a2, 2
	fadd.s	ft1, ft2, ft3
	blt	a1, a2, .LBB2_19
# %bb.6:
.LBB2_22:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI2_0)
	addi	a2, a2, %pcrel_lo(.LBB2_22)
	flw	ft2, 0(a2)
.LBB2_23:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI2_1)
	addi	a2, a2, %pcrel_lo(.LBB2_23)
	fld	ft3, 0(a2)
.LBB2_24:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI2_2)
	addi	a2, a2, %pcrel_lo(.LBB2_24)
	flw	ft4, 0(a2)
	li	a2, 1
	li	a3, 1
	j	.LBB2_10
.LBB2_7:                                #   in Loop: Header=BB2_10 Depth=1
	fmul.s	ft6, ft5, ft5
	fmul.s	ft6, ft5, ft6
	fadd.s	ft5, ft5, ft5
	fsub.s	ft5, ft6, ft5
	fadd.s	ft5, ft5, ft2
.LBB2_8:                                #   in Loop: Header=BB2_10 Depth=1
	fadd.s	ft5, ft5, ft5
.LBB2_9:                                #   in Loop: Header=BB2_10 Depth=1
	addiw	a3, a3, 1
	fadd.s	ft1, ft1, ft5
	bge	a3, a1, .LBB2_19
.LBB2_10:                               # =>This Inner Loop Header: Depth=1
	andi	a4, a3, 1
	fcvt.s.w	ft5, a3
	fmul.s	ft5, ft0, ft5
	fadd.s	ft5, ft5, fa0
	bnez	a4, .LBB2_14
# %bb.11:                               #   in Loop: Header=BB2_10 Depth=1
	beq	a0, a2, .LBB2_7
# %bb.12:                               #   in Loop: Header=BB2_10 Depth=1
	fmul.s	ft5, ft5, ft5
	beqz	a0, .LBB2_8
# %bb.13:                               #   in Loop: Header=BB2_10 Depth=1
	fcvt.d.s	ft5, ft5
	fadd.d	ft5, ft5, ft3
	fdiv.d	ft5, ft3, ft5
	fcvt.s.d	ft5, ft5
	j	.LBB2_8
.LBB2_14:                               #   in Loop: Header=BB2_10 Depth=1
	beq	a0, a2, .LBB2_18
# %bb.15:                               #   in Loop: Header=BB2_10 Depth=1
	fmul.s	ft5, ft5, ft5
	beqz	a0, .LBB2_17
# %bb.16:                               #   in Loop: Header=BB2_10 Depth=1
	fcvt.d.s	ft5, ft5
	fadd.d	ft5, ft5, ft3
	fdiv.d	ft5, ft3, ft5
	fcvt.s.d	ft5, ft5
.LBB2_17:                               #   in Loop: Header=BB2_10 Depth=1
	fmul.s	ft5, ft5, ft4
	j	.LBB2_9
.LBB2_18:                               #   in Loop: Header=BB2_10 Depth=1
	fmul.s	ft6, ft5, ft5
	fmul.s	ft6, ft5, ft6
	fadd.s	ft5, ft5, ft5
	fsub.s	ft5, ft6, ft5
	fadd.s	ft5, ft5, ft2
	fmul.s	ft5, ft5, ft4
	j	.LBB2_9
.LBB2_19:
.LBB2_25:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_3)
	addi	a0, a0, %pcrel_lo(.LBB2_25)
	flw	ft2, 0(a0)
	fmul.s	ft0, ft0, ft1
	fdiv.s	fa0, ft0, ft2
	ret
.Lfunc_end2:
	.size	simpson, .Lfunc_end2-simpson
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function main
.LCPI3_0:
	.word	0x3f800000                      # float 1
.LCPI3_1:
	.word	0x3f000000                      # float 0.5
.LCPI3_2:
	.word	0x3c800000                      # float 0.015625
	.zero	4
.LCPI3_3:
	.quad	0x3ff0000000000000              # double 1
.LCPI3_4:
	.word	0x40800000                      # float 4
.LCPI3_5:
	.word	0x40400000                      # float 3
.LCPI3_6:
	.word	0x42c80000                      # float 100
.LCPI3_7:
	.word	0x3fc00000                      # float 1.5
.LCPI3_8:
	.word	0x3c000000                      # float 0.0078125
.LCPI3_9:
	.word	0x40800000                      # float 4
	.word	0x40000000                      # float 2
.LCPI3_10:
	.word	0x40c60000                      # float 6.1875
.LCPI3_11:
	.word	0x3d6147ae                      # float 0.0549999997
.LCPI3_12:
	.word	0xc0200000                      # float -2.5
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
	fsd	fs0, 64(sp)                     # 8-byte Folded Spill
	fsd	fs1, 56(sp)                     # 8-byte Folded Spill
	fsd	fs2, 48(sp)                     # 8-byte Folded Spill
	fsd	fs3, 40(sp)                     # 8-byte Folded Spill
	fsd	fs4, 32(sp)                     # 8-byte Folded Spill
	fsd	fs5, 24(sp)                     # 8-byte Folded Spill
	fsd	fs6, 16(sp)                     # 8-byte Folded Spill
	fsd	fs7, 8(sp)                      # 8-byte Folded Spill
	fsd	fs8, 0(sp)                      # 8-byte Folded Spill
	li	a0, 0
	li	s3, 0
	fmv.w.x	fs4, zero
.LBB3_36:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(.LCPI3_0)
	addi	s2, s2, %pcrel_lo(.LBB3_36)
	flw	fs5, 0(s2)
.LBB3_37:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI3_1)
	addi	a1, a1, %pcrel_lo(.LBB3_37)
	flw	fs6, 0(a1)
.LBB3_38:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI3_2)
	addi	a1, a1, %pcrel_lo(.LBB3_38)
	flw	fs7, 0(a1)
.LBB3_39:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI3_3)
	addi	a1, a1, %pcrel_lo(.LBB3_39)
	fld	fs3, 0(a1)
.LBB3_40:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI3_5)
	addi	a1, a1, %pcrel_lo(.LBB3_40)
	flw	fs1, 0(a1)
.LBB3_41:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI3_6)
	addi	a1, a1, %pcrel_lo(.LBB3_41)
	flw	fs8, 0(a1)
.LBB3_42:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI3_4)
	addi	a1, a1, %pcrel_lo(.LBB3_42)
	flw	fs2, 0(a1)
	li	s1, 1
	li	s0, 63
	li	s4, 2
	j	.LBB3_2
.LBB3_1:                                #   in Loop: Header=BB3_2 Depth=1
	fmul.s	ft0, ft0, fs7
	fdiv.s	fs0, ft0, fs1
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	fcvt.s.w	ft0, s3
	fmul.s	ft1, fs0, fs8
	fadd.s	ft0, ft1, ft0
	fcvt.w.s	s3, ft0, rtz
	addiw	a0, s5, 1
	bgeu	s5, s4, .LBB3_29
.LBB3_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_9 Depth 2
                                        #     Child Loop BB3_20 Depth 2
	mv	s5, a0
	slli	a0, a0, 33
	srli	a0, a0, 33
	fmv.s	ft0, fs4
	fmv.s	ft1, fs5
	beqz	a0, .LBB3_6
# %bb.3:                                #   in Loop: Header=BB3_2 Depth=1
	fmv.s	ft0, fs5
	bne	a0, s1, .LBB3_5
# %bb.4:                                #   in Loop: Header=BB3_2 Depth=1
	fmv.s	ft1, fs4
	j	.LBB3_6
.LBB3_5:                                #   in Loop: Header=BB3_2 Depth=1
	fmv.s	ft1, fs6
.LBB3_6:                                #   in Loop: Header=BB3_2 Depth=1
	fadd.s	ft0, ft0, ft1
	fmul.s	ft0, ft0, fs6
	li	a2, 1
	j	.LBB3_9
.LBB3_7:                                #   in Loop: Header=BB3_9 Depth=2
	fmul.s	ft2, ft1, ft1
	fmul.s	ft2, ft1, ft2
	fadd.s	ft1, ft1, ft1
	fsub.s	ft1, ft2, ft1
	fadd.s	ft1, ft1, fs5
.LBB3_8:                                #   in Loop: Header=BB3_9 Depth=2
	fadd.s	ft0, ft0, ft1
	addiw	a2, a1, 1
	bgeu	a1, s0, .LBB3_12
.LBB3_9:                                #   Parent Loop BB3_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a1, a2
	fcvt.s.w	ft1, a2
	fmul.s	ft1, ft1, fs7
	fadd.s	ft1, ft1, fs4
	beq	a0, s1, .LBB3_7
# %bb.10:                               #   in Loop: Header=BB3_9 Depth=2
	fmul.s	ft1, ft1, ft1
	beqz	a0, .LBB3_8
# %bb.11:                               #   in Loop: Header=BB3_9 Depth=2
	fcvt.d.s	ft1, ft1
	fadd.d	ft1, ft1, fs3
	fdiv.d	ft1, fs3, ft1
	fcvt.s.d	ft1, ft1
	j	.LBB3_8
.LBB3_12:                               #   in Loop: Header=BB3_2 Depth=1
	fmv.s	ft1, fs4
	fmv.s	ft2, fs5
	beqz	a0, .LBB3_16
# %bb.13:                               #   in Loop: Header=BB3_2 Depth=1
	fmv.s	ft1, fs5
	bne	a0, s1, .LBB3_15
# %bb.14:                               #   in Loop: Header=BB3_2 Depth=1
	fmv.s	ft2, fs4
	j	.LBB3_16
.LBB3_15:                               #   in Loop: Header=BB3_2 Depth=1
	fmv.s	ft2, fs6
.LBB3_16:                               #   in Loop: Header=BB3_2 Depth=1
	fmul.s	fa0, ft0, fs7
	fadd.s	ft0, ft1, ft2
	li	a2, 1
	j	.LBB3_20
.LBB3_17:                               #   in Loop: Header=BB3_20 Depth=2
	fmul.s	ft2, ft1, ft1
	fmul.s	ft2, ft1, ft2
	fadd.s	ft1, ft1, ft1
	fsub.s	ft1, ft2, ft1
	fadd.s	ft1, ft1, fs5
.LBB3_18:                               #   in Loop: Header=BB3_20 Depth=2
	fadd.s	ft1, ft1, ft1
.LBB3_19:                               #   in Loop: Header=BB3_20 Depth=2
	fadd.s	ft0, ft0, ft1
	addiw	a2, a1, 1
	bgeu	a1, s0, .LBB3_1
.LBB3_20:                               #   Parent Loop BB3_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a1, a2
	andi	a2, a2, 1
	fcvt.s.w	ft1, a1
	fmul.s	ft1, ft1, fs7
	fadd.s	ft1, ft1, fs4
	bnez	a2, .LBB3_24
# %bb.21:                               #   in Loop: Header=BB3_20 Depth=2
	beq	a0, s1, .LBB3_17
# %bb.22:                               #   in Loop: Header=BB3_20 Depth=2
	fmul.s	ft1, ft1, ft1
	beqz	a0, .LBB3_18
# %bb.23:                               #   in Loop: Header=BB3_20 Depth=2
	fcvt.d.s	ft1, ft1
	fadd.d	ft1, ft1, fs3
	fdiv.d	ft1, fs3, ft1
	fcvt.s.d	ft1, ft1
	j	.LBB3_18
.LBB3_24:                               #   in Loop: Header=BB3_20 Depth=2
	beq	a0, s1, .LBB3_28
# %bb.25:                               #   in Loop: Header=BB3_20 Depth=2
	fmul.s	ft1, ft1, ft1
	beqz	a0, .LBB3_27
# %bb.26:                               #   in Loop: Header=BB3_20 Depth=2
	fcvt.d.s	ft1, ft1
	fadd.d	ft1, ft1, fs3
	fdiv.d	ft1, fs3, ft1
	fcvt.s.d	ft1, ft1
.LBB3_27:                               #   in Loop: Header=BB3_20 Depth=2
	fmul.s	ft1, ft1, fs2
	j	.LBB3_19
.LBB3_28:                               #   in Loop: Header=BB3_20 Depth=2
	fmul.s	ft2, ft1, ft1
	fmul.s	ft2, ft1, ft2
	fadd.s	ft1, ft1, ft1
	fsub.s	ft1, ft2, ft1
	fadd.s	ft1, ft1, fs5
	fmul.s	ft1, ft1, fs2
	j	.LBB3_19
.LBB3_29:
	li	a4, 1
.LBB3_43:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_7)
	addi	a0, a0, %pcrel_lo(.LBB3_43)
	flw	ft0, 0(a0)
.LBB3_44:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_8)
	addi	a0, a0, %pcrel_lo(.LBB3_44)
	flw	ft1, 0(a0)
	fmv.w.x	ft2, zero
.LBB3_45:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_9)
	addi	a0, a0, %pcrel_lo(.LBB3_45)
	addi	a1, a0, 4
	li	a2, 127
	j	.LBB3_31
.LBB3_30:                               #   in Loop: Header=BB3_31 Depth=1
	fcvt.s.w	ft3, a3
	fmul.s	ft3, ft3, ft1
	fadd.s	ft3, ft3, ft2
	fmul.s	ft3, ft3, ft3
	fcvt.d.s	ft3, ft3
	flw	ft4, 0(a4)
	fadd.d	ft3, ft3, fs3
	fdiv.d	ft3, fs3, ft3
	fcvt.s.d	ft3, ft3
	fmul.s	ft3, ft4, ft3
	fadd.s	ft0, ft0, ft3
	addiw	a4, a3, 1
	bgeu	a3, a2, .LBB3_33
.LBB3_31:                               # =>This Inner Loop Header: Depth=1
	mv	a3, a4
	andi	a5, a4, 1
	mv	a4, a1
	beqz	a5, .LBB3_30
# %bb.32:                               #   in Loop: Header=BB3_31 Depth=1
	mv	a4, a0
	j	.LBB3_30
.LBB3_33:
	fmul.s	ft0, ft0, ft1
	fdiv.s	ft0, ft0, fs1
	fmul.s	fa0, ft0, fs2
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB3_46:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_10)
	addi	a0, a0, %pcrel_lo(.LBB3_46)
	flw	ft0, 0(a0)
.LBB3_47:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_11)
	addi	a0, a0, %pcrel_lo(.LBB3_47)
	flw	ft1, 0(a0)
.LBB3_48:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI3_12)
	addi	a0, a0, %pcrel_lo(.LBB3_48)
	flw	ft2, 0(a0)
	flw	ft3, 0(s2)
	li	a1, 1
	li	a0, 99
.LBB3_34:                               # =>This Inner Loop Header: Depth=1
	mv	a2, a1
	fcvt.s.w	ft4, a1
	fmul.s	ft4, ft4, ft1
	fadd.s	ft4, ft4, ft2
	fmul.s	ft5, ft4, ft4
	fmul.s	ft5, ft4, ft5
	fadd.s	ft4, ft4, ft4
	fsub.s	ft4, ft5, ft4
	fadd.s	ft4, ft4, ft3
	fadd.s	ft0, ft0, ft4
	addiw	a1, a1, 1
	bltu	a2, a0, .LBB3_34
# %bb.35:
	fmul.s	fa0, ft0, ft1
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	mv	a0, s3
	ld	ra, 120(sp)                     # 8-byte Folded Reload
	ld	s0, 112(sp)                     # 8-byte Folded Reload
	ld	s1, 104(sp)                     # 8-byte Folded Reload
	ld	s2, 96(sp)                      # 8-byte Folded Reload
	ld	s3, 88(sp)                      # 8-byte Folded Reload
	ld	s4, 80(sp)                      # 8-byte Folded Reload
	ld	s5, 72(sp)                      # 8-byte Folded Reload
	fld	fs0, 64(sp)                     # 8-byte Folded Reload
	fld	fs1, 56(sp)                     # 8-byte Folded Reload
	fld	fs2, 48(sp)                     # 8-byte Folded Reload
	fld	fs3, 40(sp)                     # 8-byte Folded Reload
	fld	fs4, 32(sp)                     # 8-byte Folded Reload
	fld	fs5, 24(sp)                     # 8-byte Folded Reload
	fld	fs6, 16(sp)                     # 8-byte Folded Reload
	fld	fs7, 8(sp)                      # 8-byte Folded Reload
	fld	fs8, 0(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 128
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
