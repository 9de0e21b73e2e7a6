	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_many_params.sy"
	.globl	weighted                        # -- Begin function weighted
	.p2align	1
	.type	weighted,@function
weighted:                               # @weighted
# %bb.0:
	lw	t0, 24(sp)
	lw	t1, 16(sp)
	lw	t2, 8(sp)
	lw	t3, 0(sp)
	slliw	a1, a1, 1
	addw	a0, a0, a1
	slliw	a1, a2, 1
	addw	a1, a1, a2
	addw	a0, a0, a1
	slliw	a1, a3, 2
	addw	a0, a0, a1
	slliw	a1, a4, 2
	addw	a1, a1, a4
	addw	a0, a0, a1
	li	a1, 6
	mulw	a1, a5, a1
	addw	a0, a0, a1
	slliw	a1, a6, 3
	subw	a1, a1, a6
	addw	a0, a0, a1
	slliw	a1, a7, 3
	addw	a0, a0, a1
	slliw	a1, t3, 3
	addw	a1, a1, t3
	addw	a0, a0, a1
	li	a1, 10
	mulw	a1, t2, a1
	addw	a0, a0, a1
	li	a1, 11
	mulw	a1, t1, a1
	addw	a0, a0, a1
	li	a1, 12
	mulw	a1, t0, a1
	addw	a0, a0, a1
	ret
.Lfunc_end0:
	.size	weighted, .Lfunc_end0-weighted
                                        # -- End function
	.globl	fmix                            # -- Begin function fmix
	.p2align	1
	.type	fmix,@function
fmix:                                   # @fmix
# %bb.0:
	flw	ft0, 16(sp)
	lw	t0, 24(sp)
	flw	ft1, 0(sp)
	lw	t1, 8(sp)
	fcvt.s.w	ft2, a0
	fmul.s	ft2, ft2, fa0
	fcvt.s.w	ft3, a1
	fmul.s	ft3, ft3, fa1
	fadd.s	ft2, ft2, ft3
	fcvt.s.w	ft3, a2
	fmul.s	ft3, ft3, fa2
	fadd.s	ft2, ft2, ft3
	fcvt.s.w	ft3, a3
	fmul.s	ft3, ft3, fa3
	fadd.s	ft2, ft2, ft3
	fcvt.s.w	ft3, a4
	fmul.s	ft3, ft3, fa4
	fadd.s	ft2, ft2, ft3
	fcvt.s.w	ft3, a5
	fmul.s	ft3, ft3, fa5
	fadd.s	ft2, ft2, ft3
	fcvt.s.w	ft3, a6
	fmul.s	ft3, ft3, fa6
	fadd.s	ft2, ft2, ft3
	fcvt.s.w	ft3, a7
	fmul.s	ft3, ft3, fa7
	fadd.s	ft2, ft2, ft3
	fcvt.s.w	ft3, t1
	fmul.s	ft1, ft3, ft1
	fadd.s	ft1, ft2, ft1
	fcvt.s.w	ft2, t0
	fmul.s	ft0, ft2, ft0
	fadd.s	fa0, ft1, ft0
	ret
.Lfunc_end1:
	.size	fmix, .Lfunc_end1-fmix
                                        # -- End function
	.globl	arr_args                        # -- Begin function arr_args
	.p2align	1
	.type	arr_args,@function
arr_args:                               # @arr_args
# %bb.0:
	li	a6, 0
	blez	a4, .LBB2_3
# %bb.1:
	fcvt.s.w	ft0, a5
	slli	a4, a4, 32
	srli	a4, a4, 32
	addi	a2, a2, 4
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	lw	a7, 0(a0)
	lw	a5, 0(a1)
	mulw	t0, a5, a7
	lw	a7, -4(a2)
	lw	t1, 0(a2)
	addw	a5, t0, a6
	flw	ft1, 0(a3)
	addw	a5, a5, a7
	subw	a5, a5, t1
	fcvt.s.w	ft2, a5
	fmul.s	ft1, ft1, ft0
	fadd.s	ft1, ft1, ft2
	fcvt.w.s	a6, ft1, rtz
	addi	a3, a3, 4
	addi	a1, a1, 4
	addi	a0, a0, 4
	addi	a4, a4, -1
	addi	a2, a2, 8
	bnez	a4, .LBB2_2
.LBB2_3:
	mv	a0, a6
	ret
.Lfunc_end2:
	.size	arr_args, .Lfunc_end2-arr_args
                                        # -- End function
	.globl	chain                           # -- Begin function chain
	.p2align	1
	.type	chain,@function
chain:                                  # @chain
# %bb.0:
	blez	a0, .LBB3_3
# %bb.1:
	li	t1, 2
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	mv	t0, a2
	mv	a2, a3
	mv	a3, a4
	mv	a4, a5
	mv	a5, a6
	mv	a6, a7
	sext.w	t2, a0
	addiw	a0, a0, -1
	addiw	a7, a1, 1
	mv	a1, t0
	bgeu	t2, t1, .LBB3_2
	j	.LBB3_4
.LBB3_3:
	mv	t0, a1
.LBB3_4:
	addw	a0, a2, t0
	addw	a0, a0, a3
	addw	a0, a0, a4
	addw	a0, a0, a5
	addw	a0, a0, a6
	addw	a0, a0, a7
	ret
.Lfunc_end3:
	.size	chain, .Lfunc_end3-chain
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI4_0:
	.word	0x43b2c000                      # float 357.5
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	li	a0, 650
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB4_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_0)
	addi	a0, a0, %pcrel_lo(.LBB4_1)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, 65
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 33
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 748
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
