	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_getfloat_polynomial.sy"
	.globl	horner                          # -- Begin function horner
	.p2align	1
	.type	horner,@function
horner:                                 # @horner
# %bb.0:
	slli	a2, a1, 2
	add	a2, a2, a0
	flw	ft0, 0(a2)
	blez	a1, .LBB0_3
# %bb.1:
	slli	a2, a1, 32
	srli	a2, a2, 32
	addi	a2, a2, 1
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
.LBB0_3:
	fmv.s	fa0, ft0
	ret
.Lfunc_end0:
	.size	horner, .Lfunc_end0-horner
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI1_0:
	.word	0x3f000000                      # float 0.5
.LCPI1_1:
	.word	0x447a0000                      # float 1000
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
	call	getint@plt
	mv	s4, a0
	bltz	a0, .LBB1_6
# %bb.1:
.LBB1_28:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(coef)
	addi	s1, s1, %pcrel_lo(.LBB1_28)
.LBB1_29:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(deriv)
	addi	s3, s3, %pcrel_lo(.LBB1_29)
	addiw	a0, s4, 1
	slli	s2, a0, 32
	srli	s0, s2, 32
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	call	getfloat@plt
	fsw	fa0, 0(s1)
	addi	s0, s0, -1
	addi	s1, s1, 4
	bnez	s0, .LBB1_2
# %bb.3:
	blez	s4, .LBB1_6
# %bb.4:
.LBB1_30:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(coef)
	addi	a0, a0, %pcrel_lo(.LBB1_30)
	addi	a0, a0, 4
	srli	a1, s2, 32
	li	a2, 1
.LBB1_5:                                # =>This Inner Loop Header: Depth=1
	flw	ft0, 0(a0)
	fcvt.s.w	ft1, a2
	fmul.s	ft0, ft0, ft1
	fsw	ft0, 0(s3)
	addi	a2, a2, 1
	addi	a0, a0, 4
	addi	s3, s3, 4
	bne	a1, a2, .LBB1_5
.LBB1_6:
	call	getint@plt
	mv	s7, a0
	slli	s3, s4, 2
	slli	a0, s4, 32
	sd	a0, 0(sp)                       # 8-byte Folded Spill
	blez	s7, .LBB1_15
# %bb.7:
.LBB1_31:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(coef)
	addi	s0, s0, %pcrel_lo(.LBB1_31)
	add	s5, s0, s3
	ld	a0, 0(sp)                       # 8-byte Folded Reload
	srli	a0, a0, 32
	addiw	s6, s4, -1
	slli	a1, s6, 2
.LBB1_32:                               # Label of block must be emitted
	auipc	s11, %pcrel_hi(deriv)
	addi	s11, s11, %pcrel_lo(.LBB1_32)
	add	s8, s11, a1
	slli	a1, s6, 32
	srli	a1, a1, 32
	addi	s9, a0, 1
	addi	s10, a1, 1
	li	s1, 1
	li	s2, 2
	j	.LBB1_9
.LBB1_8:                                #   in Loop: Header=BB1_9 Depth=1
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	sext.w	a0, s7
	addiw	s7, s7, -1
	bge	s1, a0, .LBB1_15
.LBB1_9:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_11 Depth 2
                                        #     Child Loop BB1_14 Depth 2
	call	getfloat@plt
	fmv.s	fs0, fa0
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	flw	fa0, 0(s5)
	blez	s4, .LBB1_12
# %bb.10:                               #   in Loop: Header=BB1_9 Depth=1
	mv	a0, s9
	mv	a1, s4
.LBB1_11:                               #   Parent Loop BB1_9 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addiw	a1, a1, -1
	slli	a2, a1, 32
	srli	a2, a2, 30
	add	a2, a2, s0
	flw	ft0, 0(a2)
	fmul.s	ft1, fs0, fa0
	addi	a0, a0, -1
	fadd.s	fa0, ft1, ft0
	bltu	s1, a0, .LBB1_11
.LBB1_12:                               #   in Loop: Header=BB1_9 Depth=1
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	flw	fa0, 0(s8)
	blt	s4, s2, .LBB1_8
# %bb.13:                               #   in Loop: Header=BB1_9 Depth=1
	mv	a0, s10
	mv	a1, s6
.LBB1_14:                               #   Parent Loop BB1_9 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addiw	a1, a1, -1
	slli	a2, a1, 32
	srli	a2, a2, 30
	add	a2, a2, s11
	flw	ft0, 0(a2)
	fmul.s	ft1, fs0, fa0
	addi	a0, a0, -1
	fadd.s	fa0, ft1, ft0
	bltu	s1, a0, .LBB1_14
	j	.LBB1_8
.LBB1_15:
	call	getfloat@plt
	fmv.s	fs0, fa0
	call	getfloat@plt
.LBB1_33:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(coef)
	addi	a0, a0, %pcrel_lo(.LBB1_33)
	add	a1, a0, s3
	flw	ft0, 0(a1)
	ld	a1, 0(sp)                       # 8-byte Folded Reload
	srli	a1, a1, 32
	fmv.s	ft1, ft0
	blez	s4, .LBB1_18
# %bb.16:
	addi	a2, a1, 1
	li	a3, 1
	mv	a4, s4
	fmv.s	ft1, ft0
.LBB1_17:                               # =>This Inner Loop Header: Depth=1
	addiw	a4, a4, -1
	slli	a5, a4, 32
	srli	a5, a5, 30
	add	a5, a5, a0
	flw	ft2, 0(a5)
	fmul.s	ft1, fs0, ft1
	addi	a2, a2, -1
	fadd.s	ft1, ft1, ft2
	bltu	a3, a2, .LBB1_17
.LBB1_18:
	li	a5, 0
	addi	a1, a1, 1
.LBB1_34:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI1_0)
	addi	a2, a2, %pcrel_lo(.LBB1_34)
	flw	ft2, 0(a2)
	li	a2, 1
	fmv.w.x	ft3, zero
	li	a3, 29
	j	.LBB1_20
.LBB1_19:                               #   in Loop: Header=BB1_20 Depth=1
	fmv.s	fa0, fs1
	addiw	a5, a4, 1
	bgeu	a4, a3, .LBB1_27
.LBB1_20:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_22 Depth 2
	mv	a4, a5
	fadd.s	ft4, fs0, fa0
	fmul.s	fs1, ft4, ft2
	fmv.s	ft4, ft0
	blez	s4, .LBB1_23
# %bb.21:                               #   in Loop: Header=BB1_20 Depth=1
	mv	a5, a1
	mv	s1, s4
	fmv.s	ft4, ft0
.LBB1_22:                               #   Parent Loop BB1_20 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addiw	s1, s1, -1
	slli	s0, s1, 32
	srli	s0, s0, 30
	add	s0, s0, a0
	flw	ft5, 0(s0)
	fmul.s	ft4, fs1, ft4
	addi	a5, a5, -1
	fadd.s	ft4, ft4, ft5
	bltu	a2, a5, .LBB1_22
.LBB1_23:                               #   in Loop: Header=BB1_20 Depth=1
	feq.s	a5, ft4, ft3
	bnez	a5, .LBB1_26
# %bb.24:                               #   in Loop: Header=BB1_20 Depth=1
	flt.s	a5, ft4, ft3
	xori	a5, a5, 1
	flt.s	s1, ft1, ft3
	beq	s1, a5, .LBB1_19
# %bb.25:                               #   in Loop: Header=BB1_20 Depth=1
	fmv.s	fs0, fs1
	fmv.s	fs1, fa0
	fmv.s	ft1, ft4
	addiw	a5, a4, 1
	bltu	a4, a3, .LBB1_20
	j	.LBB1_27
.LBB1_26:
	fmv.s	fs0, fs1
.LBB1_27:
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	fmv.s	fa0, fs1
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB1_35:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_1)
	addi	a0, a0, %pcrel_lo(.LBB1_35)
	flw	ft0, 0(a0)
	fmul.s	ft0, fs0, ft0
	fcvt.w.s	a0, ft0, rtz
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
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
	addi	sp, sp, 128
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	coef,@object                    # @coef
	.bss
	.globl	coef
	.p2align	2
coef:
	.zero	64
	.size	coef, 64

	.type	deriv,@object                   # @deriv
	.globl	deriv
	.p2align	2
deriv:
	.zero	64
	.size	deriv, 64

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
