	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_insertion_sort_float.sy"
	.globl	key                             # -- Begin function key
	.p2align	1
	.type	key,@function
key:                                    # @key
# %bb.0:
	fmv.w.x	ft0, zero
	flt.s	a0, fa0, ft0
	beqz	a0, .LBB0_2
# %bb.1:
	fneg.s	fa0, fa0
.LBB0_2:
	ret
.Lfunc_end0:
	.size	key, .Lfunc_end0-key
                                        # -- End function
	.globl	isort                           # -- Begin function isort
	.p2align	1
	.type	isort,@function
isort:                                  # @isort
# %bb.0:
	li	a3, 2
	blt	a1, a3, .LBB1_15
# %bb.1:
	li	t1, 0
	li	a3, -1
	srli	t2, a3, 32
	addiw	a1, a1, -1
	slli	a1, a1, 32
	srli	a6, a1, 32
	addi	t0, a0, 4
	li	a7, 1
	fmv.w.x	ft0, zero
	j	.LBB1_4
.LBB1_2:                                #   in Loop: Header=BB1_4 Depth=1
	li	a1, -1
.LBB1_3:                                #   in Loop: Header=BB1_4 Depth=1
	slli	a1, a1, 32
	or	a1, t2, a1
	addi	a1, a1, 1
	srai	a1, a1, 30
	add	a1, a1, a0
	fsw	ft1, 0(a1)
	addi	a7, a7, 1
	addi	t1, t1, 1
	addi	t0, t0, 4
	beq	t1, a6, .LBB1_15
.LBB1_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_11 Depth 2
                                        #     Child Loop BB1_7 Depth 2
	slli	a1, a7, 2
	add	a1, a1, a0
	flw	ft1, 0(a1)
	mv	a5, t0
	mv	a3, t1
	beqz	a2, .LBB1_7
# %bb.5:                                #   in Loop: Header=BB1_4 Depth=1
	flt.s	a1, ft1, ft0
	bnez	a1, .LBB1_9
# %bb.6:                                #   in Loop: Header=BB1_4 Depth=1
	fmv.s	ft2, ft1
	j	.LBB1_10
.LBB1_7:                                #   Parent Loop BB1_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	flw	ft2, -4(a5)
	flt.s	a4, ft2, ft1
	mv	a1, a3
	beqz	a4, .LBB1_3
# %bb.8:                                #   in Loop: Header=BB1_7 Depth=2
	fsw	ft2, 0(a5)
	addi	a3, a1, -1
	addi	a5, a5, -4
	bgtz	a1, .LBB1_7
	j	.LBB1_2
.LBB1_9:                                #   in Loop: Header=BB1_4 Depth=1
	fneg.s	ft2, ft1
.LBB1_10:                               #   in Loop: Header=BB1_4 Depth=1
	mv	a5, t0
	mv	a3, t1
.LBB1_11:                               #   Parent Loop BB1_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a1, a3
	and	a3, a3, t2
	slli	a3, a3, 2
	add	a3, a3, a0
	flw	ft3, 0(a3)
	flt.s	a3, ft3, ft0
	bnez	a3, .LBB1_13
# %bb.12:                               #   in Loop: Header=BB1_11 Depth=2
	fmv.s	ft4, ft3
	flt.s	a3, ft2, ft4
	bnez	a3, .LBB1_14
	j	.LBB1_3
.LBB1_13:                               #   in Loop: Header=BB1_11 Depth=2
	fneg.s	ft4, ft3
	flt.s	a3, ft2, ft4
	beqz	a3, .LBB1_3
.LBB1_14:                               #   in Loop: Header=BB1_11 Depth=2
	fsw	ft3, 0(a5)
	addi	a3, a1, -1
	addi	a5, a5, -4
	bgtz	a1, .LBB1_11
	j	.LBB1_2
.LBB1_15:
	ret
.Lfunc_end1:
	.size	isort, .Lfunc_end1-isort
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI2_0:
	.word	0x40400000                      # float 3
.LCPI2_1:
	.word	0x40800000                      # float 4
.LCPI2_2:
	.word	0x40a00000                      # float 5
.LCPI2_3:
	.word	0x40c00000                      # float 6
.LCPI2_4:
	.word	0x40e00000                      # float 7
.LCPI2_5:
	.word	0x41000000                      # float 8
.LCPI2_6:
	.word	0x41100000                      # float 9
.LCPI2_7:
	.word	0x41200000                      # float 10
.LCPI2_8:
	.word	0x41300000                      # float 11
.LCPI2_9:
	.word	0x41400000                      # float 12
.LCPI2_10:
	.word	0x41500000                      # float 13
.LCPI2_11:
	.word	0x41600000                      # float 14
.LCPI2_12:
	.word	0x41700000                      # float 15
.LCPI2_13:
	.word	0x41800000                      # float 16
.LCPI2_14:
	.word	0x41880000                      # float 17
.LCPI2_15:
	.word	0x41900000                      # float 18
.LCPI2_16:
	.word	0x41980000                      # float 19
.LCPI2_17:
	.word	0x41a00000                      # float 20
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	fsd	fs0, 8(sp)                      # 8-byte Folded Spill
	li	a3, 0
.LBB2_18:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(vals)
	addi	s0, s0, %pcrel_lo(.LBB2_18)
	addi	a1, s0, 4
	li	a2, 1
	slli	s2, a2, 32
	li	a6, 19
	j	.LBB2_2
.LBB2_1:                                #   in Loop: Header=BB2_2 Depth=1
	slli	a0, a5, 32
	add	a0, a0, s2
	srai	a0, a0, 30
	add	a0, a0, s0
	fsw	ft0, 0(a0)
	addi	a2, a2, 1
	addi	a3, a3, 1
	addi	a1, a1, 4
	beq	a3, a6, .LBB2_6
.LBB2_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_3 Depth 2
	slli	a0, a2, 2
	add	a0, a0, s0
	flw	ft0, 0(a0)
	mv	a4, a1
	mv	a0, a3
.LBB2_3:                                #   Parent Loop BB2_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	flw	ft1, -4(a4)
	flt.s	s1, ft1, ft0
	mv	a5, a0
	beqz	s1, .LBB2_1
# %bb.4:                                #   in Loop: Header=BB2_3 Depth=2
	fsw	ft1, 0(a4)
	addi	a0, a5, -1
	addi	a4, a4, -4
	bgtz	a5, .LBB2_3
# %bb.5:                                #   in Loop: Header=BB2_2 Depth=1
	li	a5, -1
	j	.LBB2_1
.LBB2_6:
	li	a0, 20
	mv	a1, s0
	call	putfarray@plt
	li	a0, 0
	addi	a4, s0, 4
	li	a2, 1
	fmv.w.x	fs0, zero
	addi	a3, s2, -1
	li	a6, 19
	j	.LBB2_8
.LBB2_7:                                #   in Loop: Header=BB2_8 Depth=1
	slli	a1, s1, 32
	add	a1, a1, s2
	srai	a1, a1, 30
	add	a1, a1, s0
	fsw	ft0, 0(a1)
	addi	a2, a2, 1
	addi	a0, a0, 1
	addi	a4, a4, 4
	beq	a0, a6, .LBB2_17
.LBB2_8:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_12 Depth 2
	slli	a1, a2, 2
	add	a1, a1, s0
	flw	ft0, 0(a1)
	flt.s	a1, ft0, fs0
	bnez	a1, .LBB2_10
# %bb.9:                                #   in Loop: Header=BB2_8 Depth=1
	fmv.s	ft1, ft0
	j	.LBB2_11
.LBB2_10:                               #   in Loop: Header=BB2_8 Depth=1
	fneg.s	ft1, ft0
.LBB2_11:                               #   in Loop: Header=BB2_8 Depth=1
	mv	a1, a4
	mv	a5, a0
.LBB2_12:                               #   Parent Loop BB2_8 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	s1, a5
	and	a5, a5, a3
	slli	a5, a5, 2
	add	a5, a5, s0
	flw	ft2, 0(a5)
	flt.s	a5, ft2, fs0
	bnez	a5, .LBB2_14
# %bb.13:                               #   in Loop: Header=BB2_12 Depth=2
	fmv.s	ft3, ft2
	flt.s	a5, ft1, ft3
	bnez	a5, .LBB2_15
	j	.LBB2_7
.LBB2_14:                               #   in Loop: Header=BB2_12 Depth=2
	fneg.s	ft3, ft2
	flt.s	a5, ft1, ft3
	beqz	a5, .LBB2_7
.LBB2_15:                               #   in Loop: Header=BB2_12 Depth=2
	fsw	ft2, 0(a1)
	addi	a5, s1, -1
	addi	a1, a1, -4
	bgtz	s1, .LBB2_12
# %bb.16:                               #   in Loop: Header=BB2_8 Depth=1
	li	s1, -1
	j	.LBB2_7
.LBB2_17:
	li	a0, 20
	mv	a1, s0
	call	putfarray@plt
	flw	ft0, 0(s0)
	flw	ft1, 4(s0)
	fadd.s	ft0, ft0, fs0
	fadd.s	ft1, ft1, ft1
	flw	ft2, 8(s0)
.LBB2_19:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_0)
	addi	a0, a0, %pcrel_lo(.LBB2_19)
	flw	ft3, 0(a0)
	flw	ft4, 12(s0)
.LBB2_20:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_1)
	addi	a0, a0, %pcrel_lo(.LBB2_20)
	flw	ft5, 0(a0)
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft2, ft3
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft4, ft5
	flw	ft2, 16(s0)
.LBB2_21:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_2)
	addi	a0, a0, %pcrel_lo(.LBB2_21)
	flw	ft3, 0(a0)
	flw	ft4, 20(s0)
.LBB2_22:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_3)
	addi	a0, a0, %pcrel_lo(.LBB2_22)
	flw	ft5, 0(a0)
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft2, ft3
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft4, ft5
	flw	ft2, 24(s0)
.LBB2_23:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_4)
	addi	a0, a0, %pcrel_lo(.LBB2_23)
	flw	ft3, 0(a0)
	flw	ft4, 28(s0)
.LBB2_24:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_5)
	addi	a0, a0, %pcrel_lo(.LBB2_24)
	flw	ft5, 0(a0)
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft2, ft3
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft4, ft5
	flw	ft2, 32(s0)
.LBB2_25:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_6)
	addi	a0, a0, %pcrel_lo(.LBB2_25)
	flw	ft3, 0(a0)
	flw	ft4, 36(s0)
.LBB2_26:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_7)
	addi	a0, a0, %pcrel_lo(.LBB2_26)
	flw	ft5, 0(a0)
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft2, ft3
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft4, ft5
	flw	ft2, 40(s0)
.LBB2_27:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_8)
	addi	a0, a0, %pcrel_lo(.LBB2_27)
	flw	ft3, 0(a0)
	flw	ft4, 44(s0)
.LBB2_28:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_9)
	addi	a0, a0, %pcrel_lo(.LBB2_28)
	flw	ft5, 0(a0)
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft2, ft3
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft4, ft5
	flw	ft2, 48(s0)
.LBB2_29:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_10)
	addi	a0, a0, %pcrel_lo(.LBB2_29)
	flw	ft3, 0(a0)
	flw	ft4, 52(s0)
.LBB2_30:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_11)
	addi	a0, a0, %pcrel_lo(.LBB2_30)
	flw	ft5, 0(a0)
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft2, ft3
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft4, ft5
	flw	ft2, 56(s0)
.LBB2_31:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_12)
	addi	a0, a0, %pcrel_lo(.LBB2_31)
	flw	ft3, 0(a0)
	flw	ft4, 60(s0)
.LBB2_32:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_13)
	addi	a0, a0, %pcrel_lo(.LBB2_32)
	flw	ft5, 0(a0)
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft2, ft3
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft4, ft5
	flw	ft2, 64(s0)
.LBB2_33:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_14)
	addi	a0, a0, %pcrel_lo(.LBB2_33)
	flw	ft3, 0(a0)
	flw	ft4, 68(s0)
.LBB2_34:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_15)
	addi	a0, a0, %pcrel_lo(.LBB2_34)
	flw	ft5, 0(a0)
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft2, ft3
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft4, ft5
	flw	ft2, 72(s0)
.LBB2_35:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_16)
	addi	a0, a0, %pcrel_lo(.LBB2_35)
	flw	ft3, 0(a0)
	flw	ft4, 76(s0)
.LBB2_36:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_17)
	addi	a0, a0, %pcrel_lo(.LBB2_36)
	flw	ft5, 0(a0)
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft2, ft3
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft4, ft5
	fadd.s	fs0, ft0, ft1
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	fcvt.w.s	a0, fs0, rtz
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	fld	fs0, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	vals,@object                    # @vals
	.data
	.globl	vals
	.p2align	2
vals:
	.word	0x40600000                      # float 3.5
	.word	0xbfa00000                      # float -1.25
	.word	0x00000000                      # float 0
	.word	0x411c0000                      # float 9.75
	.word	0x40200000                      # float 2.5
	.word	0xc0e00000                      # float -7
	.word	0x3c23d70a                      # float 0.00999999977
	.word	0x41400000                      # float 12
	.word	0x40800000                      # float 4
	.word	0xbf000000                      # float -0.5
	.word	0x40c80000                      # float 6.25
	.word	0x40600000                      # float 3.5
	.word	0x42c80000                      # float 100
	.word	0xc2c80000                      # float -100
	.word	0x3e000000                      # float 0.125
	.word	0x40000000                      # float 2
	.word	0x41080000                      # float 8.5
	.word	0xc0700000                      # float -3.75
	.word	0x40a00000                      # float 5
	.word	0x3f800000                      # float 1
	.size	vals, 80

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
