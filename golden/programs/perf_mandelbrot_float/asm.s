	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_mandelbrot_float.sy"
	.globl	mul_re                          # -- Begin function mul_re
	.p2align	1
	.type	mul_re,@function
mul_re:                                 # @mul_re
# %bb.0:
	fmul.s	ft0, fa0, fa2
	fmul.s	ft1, fa1, fa3
	fsub.s	fa0, ft0, ft1
	ret
.Lfunc_end0:
	.size	mul_re, .Lfunc_end0-mul_re
                                        # -- End function
	.globl	mul_im                          # -- Begin function mul_im
	.p2align	1
	.type	mul_im,@function
mul_im:                                 # @mul_im
# %bb.0:
	fmul.s	ft0, fa0, fa3
	fmul.s	ft1, fa1, fa2
	fadd.s	fa0, ft1, ft0
	ret
.Lfunc_end1:
	.size	mul_im, .Lfunc_end1-mul_im
                                        # -- End function
	.globl	norm2                           # -- Begin function norm2
	.p2align	1
	.type	norm2,@function
norm2:                                  # @norm2
# %bb.0:
	fmul.s	ft0, fa0, fa0
	fmul.s	ft1, fa1, fa1
	fadd.s	fa0, ft0, ft1
	ret
.Lfunc_end2:
	.size	norm2, .Lfunc_end2-norm2
                                        # -- End function
	.globl	escape                          # -- Begin function escape
	.p2align	1
	.type	escape,@function
escape:                                 # @escape
# %bb.0:
	blez	a0, .LBB3_4
# %bb.1:
.LBB3_6:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(four)
	addi	a1, a1, %pcrel_lo(.LBB3_6)
	flw	ft0, 0(a1)
	fmv.w.x	ft1, zero
	li	a1, 0
	fmv.s	ft2, ft1
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	fmul.s	ft3, ft1, ft1
	fmul.s	ft4, ft2, ft2
	fadd.s	ft5, ft4, ft3
	flt.s	a2, ft0, ft5
	bnez	a2, .LBB3_5
# %bb.3:                                #   in Loop: Header=BB3_2 Depth=1
	fsub.s	ft3, ft3, ft4
	fmul.s	ft1, ft2, ft1
	fadd.s	ft3, ft3, fa0
	fadd.s	ft1, ft1, ft1
	addiw	a1, a1, 1
	fadd.s	ft2, ft1, fa1
	fmv.s	ft1, ft3
	blt	a1, a0, .LBB3_2
.LBB3_4:
	sext.w	a0, a0
	ret
.LBB3_5:
	sext.w	a0, a1
	ret
.Lfunc_end3:
	.size	escape, .Lfunc_end3-escape
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function main
.LCPI4_0:
	.quad	0x400c000000000000              # double 3.5
.LCPI4_1:
	.quad	0x4004000000000000              # double 2.5
.LCPI4_2:
	.word	0xbfa00000                      # float -1.25
.LCPI4_3:
	.word	0xc0100000                      # float -2.25
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -160
	sd	ra, 152(sp)                     # 8-byte Folded Spill
	sd	s0, 144(sp)                     # 8-byte Folded Spill
	sd	s1, 136(sp)                     # 8-byte Folded Spill
	sd	s2, 128(sp)                     # 8-byte Folded Spill
	sd	s3, 120(sp)                     # 8-byte Folded Spill
	sd	s4, 112(sp)                     # 8-byte Folded Spill
	sd	s5, 104(sp)                     # 8-byte Folded Spill
	sd	s6, 96(sp)                      # 8-byte Folded Spill
	sd	s7, 88(sp)                      # 8-byte Folded Spill
	sd	s8, 80(sp)                      # 8-byte Folded Spill
	sd	s9, 72(sp)                      # 8-byte Folded Spill
	sd	s10, 64(sp)                     # 8-byte Folded Spill
	sd	s11, 56(sp)                     # 8-byte Folded Spill
	fsd	fs0, 48(sp)                     # 8-byte Folded Spill
	fsd	fs1, 40(sp)                     # 8-byte Folded Spill
	fsd	fs2, 32(sp)                     # 8-byte Folded Spill
	fsd	fs3, 24(sp)                     # 8-byte Folded Spill
	fsd	fs4, 16(sp)                     # 8-byte Folded Spill
	fsd	fs5, 8(sp)                      # 8-byte Folded Spill
	call	getint@plt
	mv	s3, a0
	call	getint@plt
	mv	s0, a0
	call	getint@plt
	mv	s11, a0
	call	starttime@plt
	blez	s0, .LBB4_18
# %bb.1:
	li	s10, 0
	li	s5, 0
	li	s4, 0
.LBB4_20:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_0)
	addi	a0, a0, %pcrel_lo(.LBB4_20)
	fld	ft0, 0(a0)
	fcvt.d.w	ft1, s3
.LBB4_21:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_1)
	addi	a0, a0, %pcrel_lo(.LBB4_21)
	fld	ft2, 0(a0)
	fdiv.d	ft0, ft0, ft1
	fcvt.s.d	fs0, ft0
	fcvt.d.w	ft0, s0
	fdiv.d	ft0, ft2, ft0
	fcvt.s.d	fs1, ft0
.LBB4_22:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_2)
	addi	a0, a0, %pcrel_lo(.LBB4_22)
	flw	fs2, 0(a0)
.LBB4_23:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_3)
	addi	a0, a0, %pcrel_lo(.LBB4_23)
	flw	fs3, 0(a0)
.LBB4_24:                               # Label of block must be emitted
	auipc	s6, %pcrel_hi(four)
	addi	s6, s6, %pcrel_lo(.LBB4_24)
	fmv.w.x	fs4, zero
	lui	a0, 233017
	addiw	s7, a0, -455
.LBB4_25:                               # Label of block must be emitted
	auipc	s8, %pcrel_hi(.L__const.main.shades)
	addi	s8, s8, %pcrel_lo(.LBB4_25)
	sd	s0, 0(sp)                       # 8-byte Folded Spill
	j	.LBB4_3
.LBB4_2:                                #   in Loop: Header=BB4_3 Depth=1
	addiw	s5, s5, 1
	bge	s5, s0, .LBB4_19
.LBB4_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB4_7 Depth 2
                                        #       Child Loop BB4_9 Depth 3
	blez	s3, .LBB4_16
# %bb.4:                                #   in Loop: Header=BB4_3 Depth=1
	li	s0, 0
	fcvt.s.w	ft0, s5
	fmul.s	ft0, fs1, ft0
	fadd.s	fs5, ft0, fs2
	andi	s9, s5, 3
	j	.LBB4_7
.LBB4_5:                                #   in Loop: Header=BB4_7 Depth=2
	call	putch@plt
.LBB4_6:                                #   in Loop: Header=BB4_7 Depth=2
	addw	s10, s1, s10
	xor	a0, s2, s11
	seqz	a0, a0
	addiw	s0, s0, 1
	addw	s4, s4, a0
	bge	s0, s3, .LBB4_15
.LBB4_7:                                #   Parent Loop BB4_3 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB4_9 Depth 3
	mv	s1, s11
	blez	s11, .LBB4_12
# %bb.8:                                #   in Loop: Header=BB4_7 Depth=2
	li	s1, 0
	flw	ft0, 0(s6)
	fcvt.s.w	ft1, s0
	fmul.s	ft1, fs0, ft1
	fadd.s	ft1, ft1, fs3
	fmv.s	ft2, fs4
	fmv.s	ft3, fs4
.LBB4_9:                                #   Parent Loop BB4_3 Depth=1
                                        #     Parent Loop BB4_7 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	fmul.s	ft4, ft2, ft2
	fmul.s	ft5, ft3, ft3
	fadd.s	ft6, ft4, ft5
	flt.s	a0, ft0, ft6
	bnez	a0, .LBB4_12
# %bb.10:                               #   in Loop: Header=BB4_9 Depth=3
	fsub.s	ft4, ft4, ft5
	fmul.s	ft2, ft2, ft3
	fadd.s	ft4, ft1, ft4
	fadd.s	ft2, ft2, ft2
	addiw	s1, s1, 1
	fadd.s	ft3, fs5, ft2
	fmv.s	ft2, ft4
	blt	s1, s11, .LBB4_9
# %bb.11:                               #   in Loop: Header=BB4_7 Depth=2
	mv	s1, s11
.LBB4_12:                               #   in Loop: Header=BB4_7 Depth=2
	andi	a0, s0, 1
	or	a0, s9, a0
	sext.w	s2, s1
	bnez	a0, .LBB4_6
# %bb.13:                               #   in Loop: Header=BB4_7 Depth=2
	li	a0, 64
	beq	s2, s11, .LBB4_5
# %bb.14:                               #   in Loop: Header=BB4_7 Depth=2
	mul	a0, s2, s7
	srli	a1, a0, 63
	srai	a0, a0, 33
	addw	a0, a0, a1
	slliw	a1, a0, 3
	addw	a0, a0, a1
	subw	a0, s1, a0
	slli	a0, a0, 2
	add	a0, a0, s8
	lw	a0, 0(a0)
	j	.LBB4_5
.LBB4_15:                               #   in Loop: Header=BB4_3 Depth=1
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	bnez	s9, .LBB4_2
	j	.LBB4_17
.LBB4_16:                               #   in Loop: Header=BB4_3 Depth=1
	andi	s9, s5, 3
	bnez	s9, .LBB4_2
.LBB4_17:                               #   in Loop: Header=BB4_3 Depth=1
	li	a0, 10
	call	putch@plt
	j	.LBB4_2
.LBB4_18:
	li	s4, 0
	li	s10, 0
.LBB4_19:
	call	stoptime@plt
.LBB4_26:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB4_26)
	mv	a1, s4
	mv	a2, s10
	call	putf@plt
	sraiw	a0, s4, 31
	srliw	a0, a0, 24
	add	a0, a0, s4
	andi	a0, a0, -256
	subw	a0, s4, a0
	ld	ra, 152(sp)                     # 8-byte Folded Reload
	ld	s0, 144(sp)                     # 8-byte Folded Reload
	ld	s1, 136(sp)                     # 8-byte Folded Reload
	ld	s2, 128(sp)                     # 8-byte Folded Reload
	ld	s3, 120(sp)                     # 8-byte Folded Reload
	ld	s4, 112(sp)                     # 8-byte Folded Reload
	ld	s5, 104(sp)                     # 8-byte Folded Reload
	ld	s6, 96(sp)                      # 8-byte Folded Reload
	ld	s7, 88(sp)                      # 8-byte Folded Reload
	ld	s8, 80(sp)                      # 8-byte Folded Reload
	ld	s9, 72(sp)                      # 8-byte Folded Reload
	ld	s10, 64(sp)                     # 8-byte Folded Reload
	ld	s11, 56(sp)                     # 8-byte Folded Reload
	fld	fs0, 48(sp)                     # 8-byte Folded Reload
	fld	fs1, 40(sp)                     # 8-byte Folded Reload
	fld	fs2, 32(sp)                     # 8-byte Folded Reload
	fld	fs3, 24(sp)                     # 8-byte Folded Reload
	fld	fs4, 16(sp)                     # 8-byte Folded Reload
	fld	fs5, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 160
	ret
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.type	four,@object                    # @four
	.section	.sdata,"aw",@progbits
	.globl	four
	.p2align	2
four:
	.word	0x40800000                      # float 4
	.size	four, 4

	.type	.L__const.main.shades,@object   # @__const.main.shades
	.section	.rodata,"a",@progbits
	.p2align	2
.L__const.main.shades:
	.word	32                              # 0x20
	.word	46                              # 0x2e
	.word	58                              # 0x3a
	.word	45                              # 0x2d
	.word	61                              # 0x3d
	.word	43                              # 0x2b
	.word	42                              # 0x2a
	.word	35                              # 0x23
	.word	37                              # 0x25
	.word	64                              # 0x40
	.size	.L__const.main.shades, 40

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"inside=%d total=%d\n"
	.size	.L.str, 20

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
