	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_lcs_dp.sy"
	.globl	max                             # -- Begin function max
	.p2align	1
	.type	max,@function
max:                                    # @max
# %bb.0:
	blt	a1, a0, .LBB0_2
# %bb.1:
	mv	a0, a1
.LBB0_2:
	ret
.Lfunc_end0:
	.size	max, .Lfunc_end0-max
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -528
	sd	ra, 520(sp)                     # 8-byte Folded Spill
	sd	s0, 512(sp)                     # 8-byte Folded Spill
	sd	s1, 504(sp)                     # 8-byte Folded Spill
	sd	s2, 496(sp)                     # 8-byte Folded Spill
	sd	s3, 488(sp)                     # 8-byte Folded Spill
	sd	s4, 480(sp)                     # 8-byte Folded Spill
	addi	a0, sp, 320
	call	getarray@plt
	mv	s3, a0
	addi	a0, sp, 160
	call	getarray@plt
	mv	s4, a0
	addiw	s1, s3, 1
	bltz	s3, .LBB1_3
# %bb.1:
.LBB1_24:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(dp)
	addi	a0, a0, %pcrel_lo(.LBB1_24)
	slli	a1, s1, 32
	srli	a1, a1, 32
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	sw	zero, 0(a0)
	addi	a1, a1, -1
	addi	a0, a0, 164
	bnez	a1, .LBB1_2
.LBB1_3:
	bltz	s4, .LBB1_5
# %bb.4:
	slli	a0, s4, 32
	srli	a0, a0, 30
	addi	a2, a0, 4
.LBB1_25:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(dp)
	addi	a0, a0, %pcrel_lo(.LBB1_25)
	li	a1, 0
	call	memset@plt
.LBB1_5:
	blez	s3, .LBB1_15
# %bb.6:
	addiw	a0, s4, 1
	slli	a1, s1, 32
	srli	t0, a1, 32
	slli	a0, a0, 32
	srli	a0, a0, 32
.LBB1_26:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(dp)
	addi	a1, a1, %pcrel_lo(.LBB1_26)
	addi	a4, a1, 168
	addi	a7, a0, -1
	li	a3, 1
	addi	a6, sp, 320
	j	.LBB1_8
.LBB1_7:                                #   in Loop: Header=BB1_8 Depth=1
	addi	a3, a3, 1
	addi	a4, a4, 164
	beq	a3, t0, .LBB1_15
.LBB1_8:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_12 Depth 2
	blez	s4, .LBB1_7
# %bb.9:                                #   in Loop: Header=BB1_8 Depth=1
	slli	a0, a3, 2
	add	a0, a0, a6
	lw	a5, -4(a0)
	addi	s1, sp, 160
	mv	a1, a4
	mv	a2, a7
	j	.LBB1_12
.LBB1_10:                               #   in Loop: Header=BB1_12 Depth=2
	lw	a0, -168(a1)
	addiw	a0, a0, 1
.LBB1_11:                               #   in Loop: Header=BB1_12 Depth=2
	sw	a0, 0(a1)
	addi	a2, a2, -1
	addi	s1, s1, 4
	addi	a1, a1, 4
	beqz	a2, .LBB1_7
.LBB1_12:                               #   Parent Loop BB1_8 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a0, 0(s1)
	beq	a5, a0, .LBB1_10
# %bb.13:                               #   in Loop: Header=BB1_12 Depth=2
	lw	a0, -164(a1)
	lw	s0, -4(a1)
	blt	s0, a0, .LBB1_11
# %bb.14:                               #   in Loop: Header=BB1_12 Depth=2
	mv	a0, s0
	j	.LBB1_11
.LBB1_15:
	li	a7, 164
	mul	a0, s3, a7
.LBB1_27:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(dp)
	addi	a1, a1, %pcrel_lo(.LBB1_27)
	add	a0, a0, a1
	slli	a2, s4, 2
	add	a0, a0, a2
	lw	s2, 0(a0)
	sgtz	a0, s3
	sgtz	a2, s4
	and	a0, a0, a2
	beqz	a0, .LBB1_23
# %bb.16:
	addi	t0, sp, 320
	addi	t1, sp, 160
	mv	a6, sp
	mv	a5, s2
	j	.LBB1_19
.LBB1_17:                               #   in Loop: Header=BB1_19 Depth=1
	mv	a4, s3
.LBB1_18:                               #   in Loop: Header=BB1_19 Depth=1
	sext.w	a0, a4
	sgtz	a0, a0
	sext.w	a2, s1
	sgtz	a2, a2
	and	a0, a0, a2
	mv	s4, s1
	beqz	a0, .LBB1_23
.LBB1_19:                               # =>This Inner Loop Header: Depth=1
	addiw	a4, s3, -1
	slli	a2, a4, 32
	srli	a0, a2, 30
	add	a0, a0, t0
	lw	a0, 0(a0)
	addiw	s1, s4, -1
	slli	a3, s1, 32
	srli	s0, a3, 30
	add	s0, s0, t1
	lw	s0, 0(s0)
	bne	a0, s0, .LBB1_21
# %bb.20:                               #   in Loop: Header=BB1_19 Depth=1
	addiw	a5, a5, -1
	slli	a2, a5, 2
	add	a2, a2, a6
	sw	a0, 0(a2)
	mv	s3, a4
	j	.LBB1_18
.LBB1_21:                               #   in Loop: Header=BB1_19 Depth=1
	srli	a0, a2, 32
	srli	a2, a3, 32
	mul	a0, a0, a7
	add	a0, a0, a1
	slli	a3, s4, 32
	srli	a3, a3, 30
	add	a0, a0, a3
	lw	a0, 0(a0)
	slli	a3, s3, 32
	srli	a3, a3, 32
	mul	a3, a3, a7
	add	a3, a3, a1
	slli	a2, a2, 2
	add	a2, a2, a3
	lw	a2, 0(a2)
	blt	a0, a2, .LBB1_17
# %bb.22:                               #   in Loop: Header=BB1_19 Depth=1
	mv	s1, s4
	mv	s3, a4
	j	.LBB1_17
.LBB1_23:
	mv	a1, sp
	mv	a0, s2
	call	putarray@plt
	mv	a0, s2
	ld	ra, 520(sp)                     # 8-byte Folded Reload
	ld	s0, 512(sp)                     # 8-byte Folded Reload
	ld	s1, 504(sp)                     # 8-byte Folded Reload
	ld	s2, 496(sp)                     # 8-byte Folded Reload
	ld	s3, 488(sp)                     # 8-byte Folded Reload
	ld	s4, 480(sp)                     # 8-byte Folded Reload
	addi	sp, sp, 528
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	dp,@object                      # @dp
	.bss
	.globl	dp
	.p2align	2
dp:
	.zero	6724
	.size	dp, 6724

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
