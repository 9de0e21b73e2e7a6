	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_matrix_determinant_float.sy"
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
	.p2align	2                               # -- Begin function solve
.LCPI1_0:
	.word	0x3f800000                      # float 1
	.text
	.globl	solve
	.p2align	1
	.type	solve,@function
solve:                                  # @solve
# %bb.0:
	addi	sp, sp, -48
	sd	s0, 40(sp)                      # 8-byte Folded Spill
	sd	s1, 32(sp)                      # 8-byte Folded Spill
	sd	s2, 24(sp)                      # 8-byte Folded Spill
	sd	s3, 16(sp)                      # 8-byte Folded Spill
	sd	s4, 8(sp)                       # 8-byte Folded Spill
	sd	s5, 0(sp)                       # 8-byte Folded Spill
.LBB1_31:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI1_0)
	addi	a2, a2, %pcrel_lo(.LBB1_31)
	blez	a0, .LBB1_29
# %bb.1:
	li	t1, 0
	slli	a6, a0, 32
	srli	s3, a6, 32
.LBB1_32:                               # Label of block must be emitted
	auipc	t6, %pcrel_hi(m)
	addi	t6, t6, %pcrel_lo(.LBB1_32)
	addi	a7, t6, 16
	addi	t0, t6, 20
	addi	t5, t6, 4
	flw	fa0, 0(a2)
	li	s1, 1
	fmv.w.x	ft0, zero
.LBB1_33:                               # Label of block must be emitted
	auipc	t3, %pcrel_hi(rhs)
	addi	t3, t3, %pcrel_lo(.LBB1_33)
	mv	t2, t6
	j	.LBB1_3
.LBB1_2:                                #   in Loop: Header=BB1_3 Depth=1
	fmul.s	fa0, fa0, ft1
	addi	s1, s1, 1
	addi	a7, a7, 20
	addi	t2, t2, 16
	addi	t0, t0, 20
	addi	t5, t5, 20
	beq	t1, s3, .LBB1_23
.LBB1_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_6 Depth 2
                                        #     Child Loop BB1_14 Depth 2
                                        #     Child Loop BB1_18 Depth 2
                                        #       Child Loop BB1_20 Depth 3
	mv	t4, t1
	addi	t1, t1, 1
	slli	s2, t4, 2
	mv	a5, t4
	bgeu	t1, s3, .LBB1_12
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	mv	a2, a7
	mv	a3, s1
	mv	a4, t4
	j	.LBB1_6
.LBB1_5:                                #   in Loop: Header=BB1_6 Depth=2
	addi	a3, a3, 1
	addi	a2, a2, 16
	mv	a4, a5
	beq	s3, a3, .LBB1_12
.LBB1_6:                                #   Parent Loop BB1_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	flw	ft1, 0(a2)
	flt.s	a1, ft1, ft0
	beqz	a1, .LBB1_8
# %bb.7:                                #   in Loop: Header=BB1_6 Depth=2
	fneg.s	ft1, ft1
.LBB1_8:                                #   in Loop: Header=BB1_6 Depth=2
	sext.w	a1, a4
	slli	a1, a1, 4
	add	a1, a1, t6
	add	a1, a1, s2
	flw	ft2, 0(a1)
	flt.s	a1, ft2, ft0
	beqz	a1, .LBB1_10
# %bb.9:                                #   in Loop: Header=BB1_6 Depth=2
	fneg.s	ft2, ft2
.LBB1_10:                               #   in Loop: Header=BB1_6 Depth=2
	flt.s	a1, ft2, ft1
	mv	a5, a3
	bnez	a1, .LBB1_5
# %bb.11:                               #   in Loop: Header=BB1_6 Depth=2
	mv	a5, a4
	j	.LBB1_5
.LBB1_12:                               #   in Loop: Header=BB1_3 Depth=1
	slli	a1, a5, 32
	srli	a1, a1, 32
	beq	t4, a1, .LBB1_16
# %bb.13:                               #   in Loop: Header=BB1_3 Depth=1
	sext.w	a2, a5
	slli	a1, a2, 4
.LBB1_34:                               #   in Loop: Header=BB1_3 Depth=1
                                        # Label of block must be emitted
	auipc	a3, %pcrel_hi(m)
	addi	a3, a3, %pcrel_lo(.LBB1_34)
	add	a3, a3, a1
	mv	a4, s3
	mv	a1, t2
.LBB1_14:                               #   Parent Loop BB1_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	flw	ft1, 0(a3)
	flw	ft2, 0(a1)
	fsw	ft1, 0(a1)
	fsw	ft2, 0(a3)
	addi	a1, a1, 4
	addi	a4, a4, -1
	addi	a3, a3, 4
	bnez	a4, .LBB1_14
# %bb.15:                               #   in Loop: Header=BB1_3 Depth=1
	slli	a1, a2, 2
	add	a1, a1, t3
	flw	ft1, 0(a1)
	add	a2, t3, s2
	flw	ft2, 0(a2)
	fsw	ft1, 0(a2)
	fsw	ft2, 0(a1)
	fneg.s	fa0, fa0
.LBB1_16:                               #   in Loop: Header=BB1_3 Depth=1
	slli	a1, t4, 4
	add	a1, a1, t6
	add	s5, a1, s2
	flw	ft1, 0(s5)
	bgeu	t1, s3, .LBB1_2
# %bb.17:                               #   in Loop: Header=BB1_3 Depth=1
	add	s4, t3, s2
	addi	a2, t4, 1
	mv	a4, t0
	fmv.s	ft3, ft1
	mv	a3, s1
.LBB1_18:                               #   Parent Loop BB1_3 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB1_20 Depth 3
	slli	a1, a3, 4
	add	a1, a1, t6
	add	a1, a1, s2
	flw	ft4, 0(a1)
	fdiv.s	ft2, ft4, ft3
	fmul.s	ft3, ft2, ft3
	fsub.s	ft3, ft4, ft3
	fsw	ft3, 0(a1)
	beq	a2, s3, .LBB1_21
# %bb.19:                               #   in Loop: Header=BB1_18 Depth=2
	mv	a1, t5
	mv	s0, a4
	mv	a5, s3
.LBB1_20:                               #   Parent Loop BB1_3 Depth=1
                                        #     Parent Loop BB1_18 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	flw	ft3, 0(a1)
	flw	ft4, 0(s0)
	fmul.s	ft3, ft2, ft3
	fsub.s	ft3, ft4, ft3
	fsw	ft3, 0(s0)
	addi	a5, a5, -1
	addi	s0, s0, 4
	addi	a1, a1, 4
	bne	s1, a5, .LBB1_20
.LBB1_21:                               #   in Loop: Header=BB1_18 Depth=2
	slli	a1, a3, 2
	add	a1, a1, t3
	flw	ft3, 0(s4)
	flw	ft4, 0(a1)
	fmul.s	ft2, ft2, ft3
	fsub.s	ft2, ft4, ft2
	addi	a3, a3, 1
	fsw	ft2, 0(a1)
	beq	a3, s3, .LBB1_2
# %bb.22:                               #   in Loop: Header=BB1_18 Depth=2
	flw	ft3, 0(s5)
	addi	a4, a4, 16
	j	.LBB1_18
.LBB1_23:
	blez	a0, .LBB1_30
# %bb.24:
	srli	a1, a6, 30
.LBB1_35:                               # Label of block must be emitted
	auipc	a6, %pcrel_hi(sol)
	addi	a6, a6, %pcrel_lo(.LBB1_35)
	add	t5, a6, a1
.LBB1_36:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(m)
	addi	a7, a7, %pcrel_lo(.LBB1_36)
	add	a5, a7, a1
	addiw	a2, a0, -1
	addi	s0, s3, 1
	li	t0, 1
	mv	s1, s3
	mv	t1, a0
	j	.LBB1_26
.LBB1_25:                               #   in Loop: Header=BB1_26 Depth=1
	srli	a1, t2, 32
	slli	a3, a1, 4
	add	a3, a3, a7
	slli	a1, a1, 2
	add	a3, a3, a1
	flw	ft1, 0(a3)
	fdiv.s	ft0, ft0, ft1
	add	a1, a1, a6
	fsw	ft0, 0(a1)
	addi	s1, t4, -1
	addi	t5, t5, -4
	addi	a5, a5, -4
	addiw	a2, a2, -1
	addi	s0, s0, -1
	bge	t0, t4, .LBB1_30
.LBB1_26:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_28 Depth 2
	addiw	t1, t1, -1
	slli	t2, t1, 32
	srli	a1, t2, 30
	add	a1, a1, t3
	flw	ft0, 0(a1)
	mv	t4, s1
	bge	s1, s3, .LBB1_25
# %bb.27:                               #   in Loop: Header=BB1_26 Depth=1
	slli	a1, a2, 32
	srli	a1, a1, 28
	add	s1, a5, a1
	mv	a4, s0
	mv	a3, t5
.LBB1_28:                               #   Parent Loop BB1_26 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	flw	ft1, 0(s1)
	flw	ft2, 0(a3)
	fmul.s	ft1, ft1, ft2
	fsub.s	ft0, ft0, ft1
	sext.w	a1, a4
	addi	a3, a3, 4
	addi	s1, s1, 4
	addi	a4, a4, 1
	bne	a1, a0, .LBB1_28
	j	.LBB1_25
.LBB1_29:
	flw	fa0, 0(a2)
.LBB1_30:
	ld	s0, 40(sp)                      # 8-byte Folded Reload
	ld	s1, 32(sp)                      # 8-byte Folded Reload
	ld	s2, 24(sp)                      # 8-byte Folded Reload
	ld	s3, 16(sp)                      # 8-byte Folded Reload
	ld	s4, 8(sp)                       # 8-byte Folded Reload
	ld	s5, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end1:
	.size	solve, .Lfunc_end1-solve
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function main
.LCPI2_0:
	.quad	0x3fe0000000000000              # double 0.5
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	fsd	fs0, 0(sp)                      # 8-byte Folded Spill
	li	a0, 4
	call	solve
	fmv.s	fs0, fa0
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB2_1:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(sol)
	addi	a1, a1, %pcrel_lo(.LBB2_1)
	li	a0, 4
	call	putfarray@plt
.LBB2_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_0)
	addi	a0, a0, %pcrel_lo(.LBB2_2)
	fld	ft0, 0(a0)
	fcvt.d.s	ft1, fs0
	fadd.d	ft0, ft1, ft0
	fcvt.w.d	a0, ft0, rtz
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	fld	fs0, 0(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	m,@object                       # @m
	.data
	.globl	m
	.p2align	2
m:
	.word	0x40000000                      # float 2
	.word	0xbf800000                      # float -1
	.word	0x00000000                      # float 0
	.word	0x40400000                      # float 3
	.word	0x40800000                      # float 4
	.word	0x3f800000                      # float 1
	.word	0xc0000000                      # float -2
	.word	0x3f000000                      # float 0.5
	.word	0xc0000000                      # float -2
	.word	0x40a00000                      # float 5
	.word	0x3f800000                      # float 1
	.word	0x3f800000                      # float 1
	.word	0x3f800000                      # float 1
	.word	0x00000000                      # float 0
	.word	0x40400000                      # float 3
	.word	0xbf800000                      # float -1
	.size	m, 64

	.type	rhs,@object                     # @rhs
	.globl	rhs
	.p2align	2
rhs:
	.word	0x3f800000                      # float 1
	.word	0x40000000                      # float 2
	.word	0x40400000                      # float 3
	.word	0x40800000                      # float 4
	.size	rhs, 16

	.type	sol,@object                     # @sol
	.bss
	.globl	sol
	.p2align	2
sol:
	.zero	16
	.size	sol, 16

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
