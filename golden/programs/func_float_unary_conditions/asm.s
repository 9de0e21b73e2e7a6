	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_float_unary_conditions.sy"
	.globl	bit                             # -- Begin function bit
	.p2align	1
	.type	bit,@function
bit:                                    # @bit
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	sd	s0, 0(sp)                       # 8-byte Folded Spill
	mv	s0, a0
	call	putint@plt
.LBB0_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(ones)
	addi	a0, a0, %pcrel_lo(.LBB0_1)
	lw	a1, 0(a0)
	addw	a1, a1, s0
	sw	a1, 0(a0)
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end0:
	.size	bit, .Lfunc_end0-bit
                                        # -- End function
	.globl	negate_twice                    # -- Begin function negate_twice
	.p2align	1
	.type	negate_twice,@function
negate_twice:                           # @negate_twice
# %bb.0:
	ret
.Lfunc_end1:
	.size	negate_twice, .Lfunc_end1-negate_twice
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI2_0:
	.word	0x3f800000                      # float 1
.LCPI2_1:
	.word	0x3f000000                      # float 0.5
.LCPI2_2:
	.word	0x42c80000                      # float 100
.LCPI2_3:
	.word	0xc0400000                      # float -3
.LCPI2_4:
	.word	0x3fc00000                      # float 1.5
.LCPI2_5:
	.word	0x3f400000                      # float 0.75
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -64
	sd	ra, 56(sp)                      # 8-byte Folded Spill
	sd	s0, 48(sp)                      # 8-byte Folded Spill
	sd	s1, 40(sp)                      # 8-byte Folded Spill
	sd	s2, 32(sp)                      # 8-byte Folded Spill
	sd	s3, 24(sp)                      # 8-byte Folded Spill
	fsd	fs0, 16(sp)                     # 8-byte Folded Spill
	fsd	fs1, 8(sp)                      # 8-byte Folded Spill
	fsd	fs2, 0(sp)                      # 8-byte Folded Spill
	li	s0, 0
.LBB2_19:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(values)
	addi	s1, s1, %pcrel_lo(.LBB2_19)
	fmv.w.x	fs1, zero
.LBB2_20:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(ones)
	addi	s2, s2, %pcrel_lo(.LBB2_20)
	li	s3, 24
.LBB2_1:                                # =>This Inner Loop Header: Depth=1
	add	a0, s1, s0
	flw	fs2, 0(a0)
	feq.s	a0, fs2, fs1
	fneg.s	fs0, fs2
	bnez	a0, .LBB2_3
# %bb.2:                                #   in Loop: Header=BB2_1 Depth=1
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s2)
	addiw	a0, a0, 1
	sw	a0, 0(s2)
	li	a0, 0
	call	putint@plt
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s2)
	addiw	a0, a0, 1
	sw	a0, 0(s2)
	li	a0, 0
	call	putint@plt
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s2)
	addiw	a0, a0, 1
	sw	a0, 0(s2)
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s2)
	addiw	a0, a0, 1
	sw	a0, 0(s2)
	j	.LBB2_4
.LBB2_3:                                #   in Loop: Header=BB2_1 Depth=1
	li	a0, 0
	call	putint@plt
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s2)
	addiw	a0, a0, 1
	sw	a0, 0(s2)
	li	a0, 0
	call	putint@plt
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s2)
	addiw	a0, a0, 1
	sw	a0, 0(s2)
	li	a0, 0
	call	putint@plt
	li	a0, 0
	call	putint@plt
	fle.s	a0, fs0, fs2
	bnez	a0, .LBB2_6
.LBB2_4:                                #   in Loop: Header=BB2_1 Depth=1
	li	a0, 0
	call	putint@plt
	flt.s	a0, fs0, fs2
	beqz	a0, .LBB2_7
.LBB2_5:                                #   in Loop: Header=BB2_1 Depth=1
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s2)
	addiw	a0, a0, 1
	sw	a0, 0(s2)
	j	.LBB2_8
.LBB2_6:                                #   in Loop: Header=BB2_1 Depth=1
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s2)
	addiw	a0, a0, 1
	sw	a0, 0(s2)
	flt.s	a0, fs0, fs2
	bnez	a0, .LBB2_5
.LBB2_7:                                #   in Loop: Header=BB2_1 Depth=1
	li	a0, 0
	call	putint@plt
.LBB2_8:                                #   in Loop: Header=BB2_1 Depth=1
	feq.s	a0, fs2, fs2
	beqz	a0, .LBB2_11
# %bb.9:                                #   in Loop: Header=BB2_1 Depth=1
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s2)
	addiw	a0, a0, 1
	sw	a0, 0(s2)
.LBB2_10:                               #   in Loop: Header=BB2_1 Depth=1
	li	a0, 32
	call	putch@plt
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	addi	s0, s0, 4
	bne	s0, s3, .LBB2_1
	j	.LBB2_12
.LBB2_11:                               #   in Loop: Header=BB2_1 Depth=1
	li	a0, 0
	call	putint@plt
	j	.LBB2_10
.LBB2_12:
.LBB2_21:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(.LCPI2_0)
	addi	s1, s1, %pcrel_lo(.LBB2_21)
	flw	ft0, 0(s1)
.LBB2_22:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_1)
	addi	a0, a0, %pcrel_lo(.LBB2_22)
	flw	ft1, 0(a0)
	li	s0, 0
.LBB2_13:                               # =>This Inner Loop Header: Depth=1
	fmul.s	ft0, ft0, ft1
	feq.s	a0, ft0, fs1
	addiw	s0, s0, 1
	beqz	a0, .LBB2_13
# %bb.14:
	lw	a2, 0(s2)
.LBB2_23:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_23)
	mv	a1, s0
	call	putf@plt
.LBB2_24:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_2)
	addi	a0, a0, %pcrel_lo(.LBB2_24)
	flw	ft0, 0(a0)
.LBB2_25:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_3)
	addi	a0, a0, %pcrel_lo(.LBB2_25)
	flw	ft1, 0(a0)
	flw	ft2, 0(s1)
.LBB2_26:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_4)
	addi	a0, a0, %pcrel_lo(.LBB2_26)
	flw	ft3, 0(a0)
.LBB2_27:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_5)
	addi	a0, a0, %pcrel_lo(.LBB2_27)
	flw	ft4, 0(a0)
	li	s1, 0
	j	.LBB2_16
.LBB2_15:                               #   in Loop: Header=BB2_16 Depth=1
	flt.s	a0, ft2, ft0
	flt.s	a1, ft0, ft3
	xori	a1, a1, 1
	and	a0, a0, a1
	feq.s	a1, ft0, ft4
	or	a0, a0, a1
	addiw	s1, s1, 1
	beqz	a0, .LBB2_18
.LBB2_16:                               # =>This Inner Loop Header: Depth=1
	fdiv.s	ft0, ft0, ft1
	flt.s	a0, ft0, fs1
	beqz	a0, .LBB2_15
# %bb.17:                               #   in Loop: Header=BB2_16 Depth=1
	fneg.s	ft0, ft0
	j	.LBB2_15
.LBB2_18:
	fcvt.d.s	ft0, ft0
	fmv.x.d	a2, ft0
.LBB2_28:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.1)
	addi	a0, a0, %pcrel_lo(.LBB2_28)
	mv	a1, s1
	call	putf@plt
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s2)
	addiw	a0, a0, 1
	sw	a0, 0(s2)
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s2)
	addiw	a0, a0, 1
	sw	a0, 0(s2)
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s2)
	addiw	a0, a0, 1
	sw	a0, 0(s2)
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s2)
	addw	a1, s1, s0
	addw	a0, a0, a1
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	fld	fs0, 16(sp)                     # 8-byte Folded Reload
	fld	fs1, 8(sp)                      # 8-byte Folded Reload
	fld	fs2, 0(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	values,@object                  # @values
	.data
	.globl	values
	.p2align	2
values:
	.word	0x00000000                      # float 0
	.word	0x80000000                      # float -0
	.word	0x3f000000                      # float 0.5
	.word	0xc0100000                      # float -2.25
	.word	0x00000200                      # float 7.17464813E-43
	.word	0x7149f2ca                      # float 1.00000002E+30
	.size	values, 24

	.type	ones,@object                    # @ones
	.section	.sbss,"aw",@nobits
	.globl	ones
	.p2align	2
ones:
	.word	0                               # 0x0
	.size	ones, 4

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"halvings=%d ones=%d\n"
	.size	.L.str, 21

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"steps=%d y=%a\n"
	.size	.L.str.1, 15

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
