	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_float_series_pi.sy"
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function leibniz
.LCPI0_0:
	.word	0x3f800000                      # float 1
.LCPI0_1:
	.word	0x40800000                      # float 4
	.text
	.globl	leibniz
	.p2align	1
	.type	leibniz,@function
leibniz:                                # @leibniz
# %bb.0:
	blez	a0, .LBB0_4
# %bb.1:
.LBB0_5:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI0_0)
	addi	a1, a1, %pcrel_lo(.LBB0_5)
	flw	ft1, 0(a1)
	li	a1, 0
	fmv.w.x	ft0, zero
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	slliw	a2, a1, 1
	ori	a2, a2, 1
	fcvt.s.w	ft2, a2
	fdiv.s	ft2, ft1, ft2
	fadd.s	ft0, ft0, ft2
	addiw	a1, a1, 1
	fneg.s	ft1, ft1
	blt	a1, a0, .LBB0_2
# %bb.3:
.LBB0_6:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_1)
	addi	a0, a0, %pcrel_lo(.LBB0_6)
	flw	ft1, 0(a0)
	fmul.s	fa0, ft0, ft1
	ret
.LBB0_4:
	fmv.w.x	fa0, zero
	ret
.Lfunc_end0:
	.size	leibniz, .Lfunc_end0-leibniz
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function leibniz_backward
.LCPI1_0:
	.quad	0x3ff0000000000000              # double 1
.LCPI1_1:
	.word	0x40800000                      # float 4
	.text
	.globl	leibniz_backward
	.p2align	1
	.type	leibniz_backward,@function
leibniz_backward:                       # @leibniz_backward
# %bb.0:
	blez	a0, .LBB1_6
# %bb.1:
.LBB1_7:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI1_0)
	addi	a1, a1, %pcrel_lo(.LBB1_7)
	fld	ft1, 0(a1)
	fmv.w.x	ft0, zero
	li	a1, 1
	j	.LBB1_3
.LBB1_2:                                #   in Loop: Header=BB1_3 Depth=1
	sext.w	a3, a0
	fcvt.d.s	ft0, ft0
	fadd.d	ft0, ft2, ft0
	fcvt.s.d	ft0, ft0
	mv	a0, a2
	bgeu	a1, a3, .LBB1_5
.LBB1_3:                                # =>This Inner Loop Header: Depth=1
	addiw	a2, a0, -1
	andi	a3, a2, 1
	slliw	a4, a2, 1
	ori	a4, a4, 1
	fcvt.d.w	ft2, a4
	fdiv.d	ft2, ft1, ft2
	beqz	a3, .LBB1_2
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	fneg.d	ft2, ft2
	j	.LBB1_2
.LBB1_5:
.LBB1_8:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_1)
	addi	a0, a0, %pcrel_lo(.LBB1_8)
	flw	ft1, 0(a0)
	fmul.s	fa0, ft0, ft1
	ret
.LBB1_6:
	fmv.w.x	fa0, zero
	ret
.Lfunc_end1:
	.size	leibniz_backward, .Lfunc_end1-leibniz_backward
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function nilakantha
.LCPI2_0:
	.word	0x40400000                      # float 3
.LCPI2_1:
	.word	0x3f800000                      # float 1
.LCPI2_2:
	.quad	0x4010000000000000              # double 4
.LCPI2_3:
	.word	0x40000000                      # float 2
	.text
	.globl	nilakantha
	.p2align	1
	.type	nilakantha,@function
nilakantha:                             # @nilakantha
# %bb.0:
.LBB2_5:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI2_0)
	addi	a1, a1, %pcrel_lo(.LBB2_5)
	blez	a0, .LBB2_4
# %bb.1:
.LBB2_6:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI2_1)
	addi	a2, a2, %pcrel_lo(.LBB2_6)
	flw	ft0, 0(a2)
	flw	fa0, 0(a1)
.LBB2_7:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI2_2)
	addi	a1, a1, %pcrel_lo(.LBB2_7)
	fld	ft1, 0(a1)
.LBB2_8:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI2_3)
	addi	a1, a1, %pcrel_lo(.LBB2_8)
	flw	ft2, 0(a1)
	li	a1, 1
	fmv.s	ft3, ft0
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	mv	a2, a1
	fcvt.d.w	ft4, a1
	fadd.d	ft4, ft4, ft4
	fcvt.s.d	ft4, ft4
	fcvt.d.s	ft5, fa0
	fcvt.d.s	ft6, ft3
	fmul.d	ft6, ft6, ft1
	fadd.s	ft7, ft4, ft0
	fmul.s	ft7, ft7, ft4
	fadd.s	ft4, ft4, ft2
	fmul.s	ft4, ft4, ft7
	fcvt.d.s	ft4, ft4
	fdiv.d	ft4, ft6, ft4
	fadd.d	ft4, ft4, ft5
	fcvt.s.d	fa0, ft4
	fneg.s	ft3, ft3
	addiw	a1, a1, 1
	blt	a2, a0, .LBB2_2
# %bb.3:
	ret
.LBB2_4:
	flw	fa0, 0(a1)
	ret
.Lfunc_end2:
	.size	nilakantha, .Lfunc_end2-nilakantha
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function euler_e
.LCPI3_0:
	.word	0x3f800000                      # float 1
	.text
	.globl	euler_e
	.p2align	1
	.type	euler_e,@function
euler_e:                                # @euler_e
# %bb.0:
	li	a2, 2
.LBB3_5:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI3_0)
	addi	a1, a1, %pcrel_lo(.LBB3_5)
	blt	a0, a2, .LBB3_4
# %bb.1:
	flw	ft0, 0(a1)
	li	a1, 1
	fmv.s	fa0, ft0
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	fcvt.s.w	ft1, a1
	fdiv.s	ft0, ft0, ft1
	addiw	a1, a1, 1
	fadd.s	fa0, fa0, ft0
	blt	a1, a0, .LBB3_2
# %bb.3:
	ret
.LBB3_4:
	flw	fa0, 0(a1)
	ret
.Lfunc_end3:
	.size	euler_e, .Lfunc_end3-euler_e
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function main
.LCPI4_0:
	.word	0x3f800000                      # float 1
	.zero	4
.LCPI4_1:
	.quad	0x3ff0000000000000              # double 1
.LCPI4_2:
	.word	0x40800000                      # float 4
.LCPI4_3:
	.word	0x40400000                      # float 3
.LCPI4_4:
	.quad	0x4010000000000000              # double 4
.LCPI4_5:
	.word	0x40000000                      # float 2
.LCPI4_6:
	.word	0x402df855                      # float 2.71828198
.LCPI4_7:
	.word	0x461c4000                      # float 1.0E+4
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	fsd	fs0, 24(sp)                     # 8-byte Folded Spill
	fsd	fs1, 16(sp)                     # 8-byte Folded Spill
	fsd	fs2, 8(sp)                      # 8-byte Folded Spill
.LBB4_9:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_0)
	addi	a0, a0, %pcrel_lo(.LBB4_9)
	flw	ft0, 0(a0)
	li	a2, 0
	fmv.w.x	ft1, zero
	li	a1, 999
.LBB4_1:                                # =>This Inner Loop Header: Depth=1
	mv	a3, a2
	slliw	a2, a2, 1
	ori	a2, a2, 1
	fcvt.s.w	ft2, a2
	fdiv.s	ft2, ft0, ft2
	fadd.s	ft1, ft1, ft2
	fneg.s	ft0, ft0
	addiw	a2, a3, 1
	bltu	a3, a1, .LBB4_1
# %bb.2:
.LBB4_10:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI4_1)
	addi	a1, a1, %pcrel_lo(.LBB4_10)
	fld	ft2, 0(a1)
	fmv.w.x	ft0, zero
	li	a2, 1000
	li	a1, 1
	j	.LBB4_4
.LBB4_3:                                #   in Loop: Header=BB4_4 Depth=1
	fcvt.d.s	ft0, ft0
	fadd.d	ft0, ft3, ft0
	fcvt.s.d	ft0, ft0
	bgeu	a1, a3, .LBB4_6
.LBB4_4:                                # =>This Inner Loop Header: Depth=1
	mv	a3, a2
	addiw	a2, a2, -1
	andi	a4, a2, 1
	slliw	a5, a2, 1
	ori	a5, a5, 1
	fcvt.d.w	ft3, a5
	fdiv.d	ft3, ft2, ft3
	beqz	a4, .LBB4_3
# %bb.5:                                #   in Loop: Header=BB4_4 Depth=1
	fneg.d	ft3, ft3
	j	.LBB4_3
.LBB4_6:
.LBB4_11:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI4_2)
	addi	a1, a1, %pcrel_lo(.LBB4_11)
	flw	ft2, 0(a1)
	flw	ft3, 0(a0)
.LBB4_12:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_3)
	addi	a0, a0, %pcrel_lo(.LBB4_12)
	flw	fs0, 0(a0)
.LBB4_13:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_4)
	addi	a0, a0, %pcrel_lo(.LBB4_13)
	fld	ft4, 0(a0)
.LBB4_14:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_5)
	addi	a0, a0, %pcrel_lo(.LBB4_14)
	flw	ft5, 0(a0)
	fmul.s	fs1, ft1, ft2
	li	a1, 1
	li	a0, 50
	fmv.s	ft1, ft3
.LBB4_7:                                # =>This Inner Loop Header: Depth=1
	mv	a2, a1
	fcvt.d.w	ft6, a1
	fadd.d	ft6, ft6, ft6
	fcvt.s.d	ft6, ft6
	fcvt.d.s	ft7, fs0
	fcvt.d.s	fa0, ft1
	fmul.d	fa0, fa0, ft4
	fadd.s	fa1, ft6, ft3
	fmul.s	fa1, fa1, ft6
	fadd.s	ft6, ft6, ft5
	fmul.s	ft6, ft6, fa1
	fcvt.d.s	ft6, ft6
	fdiv.d	ft6, fa0, ft6
	fadd.d	ft6, ft6, ft7
	fcvt.s.d	fs0, ft6
	fneg.s	ft1, ft1
	addiw	a1, a1, 1
	bltu	a2, a0, .LBB4_7
# %bb.8:
	fmul.s	fs2, ft0, ft2
	fmv.s	fa0, fs1
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	fmv.s	fa0, fs2
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB4_15:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_6)
	addi	a0, a0, %pcrel_lo(.LBB4_15)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	fsub.s	fa0, fs1, fs2
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	fcvt.d.s	ft0, fs0
	fmv.x.d	a2, ft0
.LBB4_16:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB4_16)
	lui	a1, 65559
	slli	a1, a1, 5
	addi	a1, a1, -1963
	slli	a1, a1, 29
	call	putf@plt
.LBB4_17:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_7)
	addi	a0, a0, %pcrel_lo(.LBB4_17)
	flw	ft0, 0(a0)
	fmul.s	ft0, fs0, ft0
	fcvt.w.s	s0, ft0, rtz
	mv	a0, s0
	call	putint@plt
	li	a0, 10
	call	putch@plt
	sraiw	a0, s0, 31
	srliw	a0, a0, 24
	add	a0, a0, s0
	andi	a0, a0, -256
	subw	a0, s0, a0
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	fld	fs0, 24(sp)                     # 8-byte Folded Reload
	fld	fs1, 16(sp)                     # 8-byte Folded Reload
	fld	fs2, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"e=%a pi=%a\n"
	.size	.L.str, 12

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
