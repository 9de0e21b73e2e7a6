	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_getfarray_stats.sy"
	.globl	mean                            # -- Begin function mean
	.p2align	1
	.type	mean,@function
mean:                                   # @mean
# %bb.0:
	blez	a1, .LBB0_3
# %bb.1:
	slli	a2, a1, 32
	srli	a2, a2, 32
	fmv.w.x	ft0, zero
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	flw	ft1, 0(a0)
	fadd.s	ft0, ft0, ft1
	addi	a2, a2, -1
	addi	a0, a0, 4
	bnez	a2, .LBB0_2
	j	.LBB0_4
.LBB0_3:
	fmv.w.x	ft0, zero
.LBB0_4:
	fcvt.s.w	ft1, a1
	fdiv.s	fa0, ft0, ft1
	ret
.Lfunc_end0:
	.size	mean, .Lfunc_end0-mean
                                        # -- End function
	.globl	min_max                         # -- Begin function min_max
	.p2align	1
	.type	min_max,@function
min_max:                                # @min_max
# %bb.0:
	flw	ft0, 0(a0)
	fsw	ft0, 0(a2)
	flw	ft1, 0(a0)
	li	a3, 2
	fsw	ft1, 4(a2)
	blt	a1, a3, .LBB1_7
# %bb.1:
	slli	a1, a1, 32
	srli	a1, a1, 32
	addi	a0, a0, 4
	addi	a1, a1, -1
	j	.LBB1_3
.LBB1_2:                                #   in Loop: Header=BB1_3 Depth=1
	addi	a1, a1, -1
	addi	a0, a0, 4
	beqz	a1, .LBB1_7
.LBB1_3:                                # =>This Inner Loop Header: Depth=1
	flw	ft3, 0(a0)
	flt.s	a3, ft3, ft0
	beqz	a3, .LBB1_5
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	fsw	ft3, 0(a2)
	flw	ft2, 0(a0)
	fmv.s	ft0, ft3
	flt.s	a3, ft1, ft2
	beqz	a3, .LBB1_2
	j	.LBB1_6
.LBB1_5:                                #   in Loop: Header=BB1_3 Depth=1
	fmv.s	ft2, ft3
	flt.s	a3, ft1, ft2
	beqz	a3, .LBB1_2
.LBB1_6:                                #   in Loop: Header=BB1_3 Depth=1
	fsw	ft2, 4(a2)
	fmv.s	ft1, ft2
	j	.LBB1_2
.LBB1_7:
	ret
.Lfunc_end1:
	.size	min_max, .Lfunc_end1-min_max
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -80
	sd	ra, 72(sp)                      # 8-byte Folded Spill
	sd	s0, 64(sp)                      # 8-byte Folded Spill
	sd	s1, 56(sp)                      # 8-byte Folded Spill
	sd	s2, 48(sp)                      # 8-byte Folded Spill
	sd	s3, 40(sp)                      # 8-byte Folded Spill
	sd	s4, 32(sp)                      # 8-byte Folded Spill
	fsd	fs0, 24(sp)                     # 8-byte Folded Spill
	fsd	fs1, 16(sp)                     # 8-byte Folded Spill
	fsd	fs2, 8(sp)                      # 8-byte Folded Spill
.LBB2_17:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(xs)
	addi	s0, s0, %pcrel_lo(.LBB2_17)
	mv	a0, s0
	call	getfarray@plt
	mv	s2, a0
	call	getfloat@plt
	fmv.s	fs0, fa0
	slli	s3, s2, 32
	blez	s2, .LBB2_10
# %bb.1:
	srli	a1, s3, 32
	fmv.w.x	ft1, zero
	mv	a0, a1
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	flw	ft0, 0(s0)
	fadd.s	ft1, ft1, ft0
	addi	a0, a0, -1
	addi	s0, s0, 4
	bnez	a0, .LBB2_2
# %bb.3:
.LBB2_18:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(xs)
	addi	a0, a0, %pcrel_lo(.LBB2_18)
	flw	ft0, 0(a0)
	fcvt.s.w	fs2, s2
	fdiv.s	fs1, ft1, fs2
	fsw	ft0, 0(sp)
	li	a2, 2
	fsw	ft0, 4(sp)
	blt	s2, a2, .LBB2_12
# %bb.4:
	addi	a0, a0, 4
	addi	a1, a1, -1
	fmv.s	ft5, ft0
	fmv.s	ft2, ft0
	fmv.s	ft6, ft0
	j	.LBB2_6
.LBB2_5:                                #   in Loop: Header=BB2_6 Depth=1
	addi	a1, a1, -1
	addi	a0, a0, 4
	fmv.s	ft0, ft1
	fmv.s	ft5, ft3
	fmv.s	ft2, ft6
	fmv.s	ft6, ft4
	beqz	a1, .LBB2_11
.LBB2_6:                                # =>This Inner Loop Header: Depth=1
	flw	ft1, 0(a0)
	flt.s	a2, ft1, ft6
	fmv.s	ft3, ft1
	fmv.s	ft4, ft1
	bnez	a2, .LBB2_8
# %bb.7:                                #   in Loop: Header=BB2_6 Depth=1
	fmv.s	ft3, ft5
	fmv.s	ft4, ft6
.LBB2_8:                                #   in Loop: Header=BB2_6 Depth=1
	flt.s	a2, ft2, ft1
	fmv.s	ft6, ft1
	bnez	a2, .LBB2_5
# %bb.9:                                #   in Loop: Header=BB2_6 Depth=1
	fmv.s	ft1, ft0
	fmv.s	ft6, ft2
	j	.LBB2_5
.LBB2_10:
	flw	ft0, 0(s0)
	fcvt.s.w	fs2, s2
	fmv.w.x	ft1, zero
	fdiv.s	fs1, ft1, fs2
	fsw	ft0, 0(sp)
	fsw	ft0, 4(sp)
	j	.LBB2_12
.LBB2_11:
	fsw	ft3, 0(sp)
	fsw	ft1, 4(sp)
.LBB2_12:
.LBB2_19:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(xs)
	addi	s1, s1, %pcrel_lo(.LBB2_19)
	mv	a0, s2
	mv	a1, s1
	call	putfarray@plt
	fmv.s	fa0, fs1
	call	putfloat@plt
	li	a0, 10
	li	s4, 10
	call	putch@plt
	li	a0, 2
	mv	a1, sp
	call	putfarray@plt
	li	s0, 0
	blez	s2, .LBB2_15
# %bb.13:
	srli	a0, s3, 32
	fmv.w.x	ft0, zero
.LBB2_14:                               # =>This Inner Loop Header: Depth=1
	flw	ft1, 0(s1)
	fsub.s	ft2, ft1, fs1
	fmul.s	ft2, ft2, ft2
	fadd.s	ft0, ft0, ft2
	flt.s	a1, fs1, ft1
	addw	s0, s0, a1
	fmul.s	ft1, fs0, ft1
	fsw	ft1, 0(s1)
	addi	a0, a0, -1
	addi	s1, s1, 4
	bnez	a0, .LBB2_14
	j	.LBB2_16
.LBB2_15:
	fmv.w.x	ft0, zero
.LBB2_16:
	fdiv.s	fa0, ft0, fs2
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB2_20:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(xs)
	addi	a1, a1, %pcrel_lo(.LBB2_20)
	mv	a0, s2
	call	putfarray@plt
.LBB2_21:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_21)
	mv	a1, s0
	mv	a2, s2
	call	putf@plt
	mulw	a0, s0, s4
	addw	a0, a0, s2
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	ld	s1, 56(sp)                      # 8-byte Folded Reload
	ld	s2, 48(sp)                      # 8-byte Folded Reload
	ld	s3, 40(sp)                      # 8-byte Folded Reload
	ld	s4, 32(sp)                      # 8-byte Folded Reload
	fld	fs0, 24(sp)                     # 8-byte Folded Reload
	fld	fs1, 16(sp)                     # 8-byte Folded Reload
	fld	fs2, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 80
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	xs,@object                      # @xs
	.bss
	.globl	xs
	.p2align	2
xs:
	.zero	256
	.size	xs, 256

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"above mean: %d of %d\n"
	.size	.L.str, 22

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
