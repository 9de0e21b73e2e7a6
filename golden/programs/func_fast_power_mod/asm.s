	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_fast_power_mod.sy"
	.globl	mulmod                          # -- Begin function mulmod
	.p2align	1
	.type	mulmod,@function
mulmod:                                 # @mulmod
# %bb.0:
	blez	a1, .LBB0_10
# %bb.1:
	mv	a3, a0
	li	a0, 0
	remw	a3, a3, a2
	li	a6, 1
	j	.LBB0_3
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	sext.w	a4, a1
	srliw	a1, a1, 1
	bgeu	a6, a4, .LBB0_9
.LBB0_3:                                # =>This Inner Loop Header: Depth=1
	addw	a5, a0, a3
	bge	a5, a2, .LBB0_6
# %bb.4:                                #   in Loop: Header=BB0_3 Depth=1
	andi	a4, a1, 1
	bnez	a4, .LBB0_7
.LBB0_5:                                #   in Loop: Header=BB0_3 Depth=1
	slliw	a3, a3, 1
	blt	a3, a2, .LBB0_2
	j	.LBB0_8
.LBB0_6:                                #   in Loop: Header=BB0_3 Depth=1
	subw	a5, a5, a2
	andi	a4, a1, 1
	beqz	a4, .LBB0_5
.LBB0_7:                                #   in Loop: Header=BB0_3 Depth=1
	mv	a0, a5
	slliw	a3, a3, 1
	blt	a3, a2, .LBB0_2
.LBB0_8:                                #   in Loop: Header=BB0_3 Depth=1
	subw	a3, a3, a2
	j	.LBB0_2
.LBB0_9:
	ret
.LBB0_10:
	li	a0, 0
	ret
.Lfunc_end0:
	.size	mulmod, .Lfunc_end0-mulmod
                                        # -- End function
	.globl	powmod                          # -- Begin function powmod
	.p2align	1
	.type	powmod,@function
powmod:                                 # @powmod
# %bb.0:
	mv	a3, a0
	li	a6, 1
	remw	a0, a6, a2
	blez	a1, .LBB1_23
# %bb.1:
	remw	a7, a3, a2
	j	.LBB1_4
.LBB1_2:                                #   in Loop: Header=BB1_4 Depth=1
	li	a0, 0
	li	t0, 0
.LBB1_3:                                #   in Loop: Header=BB1_4 Depth=1
	srliw	a3, a1, 31
	addw	a3, a3, a1
	sext.w	a4, a1
	sraiw	a1, a3, 1
	mv	a7, t0
	bge	a6, a4, .LBB1_23
.LBB1_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_17 Depth 2
                                        #     Child Loop BB1_8 Depth 2
	andi	a3, a1, 1
	bnez	a3, .LBB1_14
.LBB1_5:                                #   in Loop: Header=BB1_4 Depth=1
	li	t0, 0
	blez	a7, .LBB1_3
# %bb.6:                                #   in Loop: Header=BB1_4 Depth=1
	remw	a4, a7, a2
	j	.LBB1_8
.LBB1_7:                                #   in Loop: Header=BB1_8 Depth=2
	srliw	a7, t1, 1
	bgeu	a6, t1, .LBB1_3
.LBB1_8:                                #   Parent Loop BB1_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	a5, a4, t0
	mv	t1, a7
	bge	a5, a2, .LBB1_11
# %bb.9:                                #   in Loop: Header=BB1_8 Depth=2
	andi	a3, t1, 1
	bnez	a3, .LBB1_12
.LBB1_10:                               #   in Loop: Header=BB1_8 Depth=2
	slliw	a4, a4, 1
	blt	a4, a2, .LBB1_7
	j	.LBB1_13
.LBB1_11:                               #   in Loop: Header=BB1_8 Depth=2
	subw	a5, a5, a2
	andi	a3, t1, 1
	beqz	a3, .LBB1_10
.LBB1_12:                               #   in Loop: Header=BB1_8 Depth=2
	mv	t0, a5
	slliw	a4, a4, 1
	blt	a4, a2, .LBB1_7
.LBB1_13:                               #   in Loop: Header=BB1_8 Depth=2
	subw	a4, a4, a2
	j	.LBB1_7
.LBB1_14:                               #   in Loop: Header=BB1_4 Depth=1
	blez	a7, .LBB1_2
# %bb.15:                               #   in Loop: Header=BB1_4 Depth=1
	remw	a5, a0, a2
	mv	a4, a7
	li	a0, 0
	j	.LBB1_17
.LBB1_16:                               #   in Loop: Header=BB1_17 Depth=2
	srliw	a4, t0, 1
	bgeu	a6, t0, .LBB1_5
.LBB1_17:                               #   Parent Loop BB1_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	a3, a5, a0
	mv	t0, a4
	bge	a3, a2, .LBB1_20
# %bb.18:                               #   in Loop: Header=BB1_17 Depth=2
	andi	a4, t0, 1
	bnez	a4, .LBB1_21
.LBB1_19:                               #   in Loop: Header=BB1_17 Depth=2
	slliw	a5, a5, 1
	blt	a5, a2, .LBB1_16
	j	.LBB1_22
.LBB1_20:                               #   in Loop: Header=BB1_17 Depth=2
	subw	a3, a3, a2
	andi	a4, t0, 1
	beqz	a4, .LBB1_19
.LBB1_21:                               #   in Loop: Header=BB1_17 Depth=2
	mv	a0, a3
	slliw	a5, a5, 1
	blt	a5, a2, .LBB1_16
.LBB1_22:                               #   in Loop: Header=BB1_17 Depth=2
	subw	a5, a5, a2
	j	.LBB1_16
.LBB1_23:
	ret
.Lfunc_end1:
	.size	powmod, .Lfunc_end1-powmod
                                        # -- End function
	.globl	powmod_rec                      # -- Begin function powmod_rec
	.p2align	1
	.type	powmod_rec,@function
powmod_rec:                             # @powmod_rec
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	mv	s0, a2
	beqz	a1, .LBB2_10
# %bb.1:
	mv	s1, a1
	mv	s2, a0
	srliw	a0, a1, 31
	addw	a0, a0, a1
	sraiw	s3, a0, 1
	mv	a0, s2
	mv	a1, s3
	mv	a2, s0
	call	powmod_rec
	blez	a0, .LBB2_11
# %bb.2:
	mv	a1, a0
	li	a0, 0
	remw	a2, a1, s0
	li	a3, 1
	j	.LBB2_4
.LBB2_3:                                #   in Loop: Header=BB2_4 Depth=1
	sext.w	a4, a1
	srliw	a1, a1, 1
	bgeu	a3, a4, .LBB2_12
.LBB2_4:                                # =>This Inner Loop Header: Depth=1
	addw	a4, a2, a0
	bge	a4, s0, .LBB2_7
# %bb.5:                                #   in Loop: Header=BB2_4 Depth=1
	andi	a5, a1, 1
	bnez	a5, .LBB2_8
.LBB2_6:                                #   in Loop: Header=BB2_4 Depth=1
	slliw	a2, a2, 1
	blt	a2, s0, .LBB2_3
	j	.LBB2_9
.LBB2_7:                                #   in Loop: Header=BB2_4 Depth=1
	subw	a4, a4, s0
	andi	a5, a1, 1
	beqz	a5, .LBB2_6
.LBB2_8:                                #   in Loop: Header=BB2_4 Depth=1
	mv	a0, a4
	slliw	a2, a2, 1
	blt	a2, s0, .LBB2_3
.LBB2_9:                                #   in Loop: Header=BB2_4 Depth=1
	subw	a2, a2, s0
	j	.LBB2_3
.LBB2_10:
	li	a0, 1
	remw	a0, a0, s0
	j	.LBB2_23
.LBB2_11:
	li	a0, 0
.LBB2_12:
	slliw	a1, s3, 1
	subw	a1, s1, a1
	li	a2, 1
	bne	a1, a2, .LBB2_23
# %bb.13:
	remw	a4, s2, s0
	blez	a4, .LBB2_22
# %bb.14:
	remw	a1, a0, s0
	li	a2, 1
	li	a0, 0
	j	.LBB2_16
.LBB2_15:                               #   in Loop: Header=BB2_16 Depth=1
	srliw	a4, a3, 1
	bgeu	a2, a3, .LBB2_23
.LBB2_16:                               # =>This Inner Loop Header: Depth=1
	addw	a5, a1, a0
	mv	a3, a4
	bge	a5, s0, .LBB2_19
# %bb.17:                               #   in Loop: Header=BB2_16 Depth=1
	andi	a4, a3, 1
	bnez	a4, .LBB2_20
.LBB2_18:                               #   in Loop: Header=BB2_16 Depth=1
	slliw	a1, a1, 1
	blt	a1, s0, .LBB2_15
	j	.LBB2_21
.LBB2_19:                               #   in Loop: Header=BB2_16 Depth=1
	subw	a5, a5, s0
	andi	a4, a3, 1
	beqz	a4, .LBB2_18
.LBB2_20:                               #   in Loop: Header=BB2_16 Depth=1
	mv	a0, a5
	slliw	a1, a1, 1
	blt	a1, s0, .LBB2_15
.LBB2_21:                               #   in Loop: Header=BB2_16 Depth=1
	subw	a1, a1, s0
	j	.LBB2_15
.LBB2_22:
	li	a0, 0
.LBB2_23:
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end2:
	.size	powmod_rec, .Lfunc_end2-powmod_rec
                                        # -- End function
	.globl	fermat_probable_prime           # -- Begin function fermat_probable_prime
	.p2align	1
	.type	fermat_probable_prime,@function
fermat_probable_prime:                  # @fermat_probable_prime
# %bb.0:
	li	a1, 4
	bge	a0, a1, .LBB3_2
# %bb.1:
	andi	a0, a0, -2
	addi	a0, a0, -2
	seqz	a0, a0
	ret
.LBB3_2:
	li	t2, 0
	addiw	a7, a0, -1
.LBB3_32:                               # Label of block must be emitted
	auipc	t1, %pcrel_hi(.L__const.fermat_probable_prime.bases)
	addi	t1, t1, %pcrel_lo(.LBB3_32)
	li	a6, 3
	li	t5, 1
	remw	t0, t5, a0
	li	t3, 2
	j	.LBB3_5
.LBB3_3:                                #   in Loop: Header=BB3_5 Depth=1
	bne	t6, t5, .LBB3_31
.LBB3_4:                                #   in Loop: Header=BB3_5 Depth=1
	addi	t2, t2, 1
	beq	t2, a6, .LBB3_30
.LBB3_5:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_9 Depth 2
                                        #       Child Loop BB3_22 Depth 3
                                        #       Child Loop BB3_13 Depth 3
	slli	a1, t2, 2
	add	a1, a1, t1
	lw	a1, 0(a1)
	remw	a5, a1, a0
	beqz	a5, .LBB3_4
# %bb.6:                                #   in Loop: Header=BB3_5 Depth=1
	mv	t6, t0
	mv	t4, a7
	j	.LBB3_9
.LBB3_7:                                #   in Loop: Header=BB3_9 Depth=2
	blt	t4, t3, .LBB3_3
.LBB3_8:                                #   in Loop: Header=BB3_9 Depth=2
	srliw	a1, t4, 31
	addw	a1, t4, a1
	sraiw	t4, a1, 1
	mv	a5, a2
.LBB3_9:                                #   Parent Loop BB3_5 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB3_22 Depth 3
                                        #       Child Loop BB3_13 Depth 3
	andi	a1, t4, 1
	bnez	a1, .LBB3_19
.LBB3_10:                               #   in Loop: Header=BB3_9 Depth=2
	li	a2, 0
	blez	a5, .LBB3_7
# %bb.11:                               #   in Loop: Header=BB3_9 Depth=2
	remw	a4, a5, a0
	j	.LBB3_13
.LBB3_12:                               #   in Loop: Header=BB3_13 Depth=3
	srliw	a5, a1, 1
	bgeu	t5, a1, .LBB3_7
.LBB3_13:                               #   Parent Loop BB3_5 Depth=1
                                        #     Parent Loop BB3_9 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	addw	a3, a4, a2
	mv	a1, a5
	bge	a3, a0, .LBB3_16
# %bb.14:                               #   in Loop: Header=BB3_13 Depth=3
	andi	a5, a1, 1
	bnez	a5, .LBB3_17
.LBB3_15:                               #   in Loop: Header=BB3_13 Depth=3
	slliw	a4, a4, 1
	blt	a4, a0, .LBB3_12
	j	.LBB3_18
.LBB3_16:                               #   in Loop: Header=BB3_13 Depth=3
	subw	a3, a3, a0
	andi	a5, a1, 1
	beqz	a5, .LBB3_15
.LBB3_17:                               #   in Loop: Header=BB3_13 Depth=3
	mv	a2, a3
	slliw	a4, a4, 1
	blt	a4, a0, .LBB3_12
.LBB3_18:                               #   in Loop: Header=BB3_13 Depth=3
	subw	a4, a4, a0
	j	.LBB3_12
.LBB3_19:                               #   in Loop: Header=BB3_9 Depth=2
	blez	a5, .LBB3_28
# %bb.20:                               #   in Loop: Header=BB3_9 Depth=2
	remw	a3, t6, a0
	mv	a2, a5
	li	t6, 0
	j	.LBB3_22
.LBB3_21:                               #   in Loop: Header=BB3_22 Depth=3
	srliw	a2, a4, 1
	bgeu	t5, a4, .LBB3_10
.LBB3_22:                               #   Parent Loop BB3_5 Depth=1
                                        #     Parent Loop BB3_9 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	addw	a1, a3, t6
	mv	a4, a2
	bge	a1, a0, .LBB3_25
# %bb.23:                               #   in Loop: Header=BB3_22 Depth=3
	andi	a2, a4, 1
	bnez	a2, .LBB3_26
.LBB3_24:                               #   in Loop: Header=BB3_22 Depth=3
	slliw	a3, a3, 1
	blt	a3, a0, .LBB3_21
	j	.LBB3_27
.LBB3_25:                               #   in Loop: Header=BB3_22 Depth=3
	subw	a1, a1, a0
	andi	a2, a4, 1
	beqz	a2, .LBB3_24
.LBB3_26:                               #   in Loop: Header=BB3_22 Depth=3
	mv	t6, a1
	slliw	a3, a3, 1
	blt	a3, a0, .LBB3_21
.LBB3_27:                               #   in Loop: Header=BB3_22 Depth=3
	subw	a3, a3, a0
	j	.LBB3_21
.LBB3_28:                               #   in Loop: Header=BB3_9 Depth=2
	li	t6, 0
	li	a2, 0
	li	a1, 0
	blt	t5, t4, .LBB3_8
# %bb.29:
	mv	a0, a1
	ret
.LBB3_30:
	li	a1, 1
	mv	a0, a1
	ret
.LBB3_31:
	li	a0, 0
	ret
.Lfunc_end3:
	.size	fermat_probable_prime, .Lfunc_end3-fermat_probable_prime
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	li	s1, 30
	li	a1, 2
	li	t1, 1
	lui	a0, 77324
	addiw	a0, a0, -413
	slli	a7, a0, 32
	lui	a0, 244141
	addiw	a3, a0, -1529
	lui	a0, 804435
	addiw	t2, a0, 1529
	lui	a0, 122070
	addiw	a5, a0, 1284
	lui	a0, 281475
	addiw	a6, a0, -103
	li	a0, 1
	j	.LBB4_3
.LBB4_1:                                #   in Loop: Header=BB4_3 Depth=1
	li	a0, 0
	li	a4, 0
.LBB4_2:                                #   in Loop: Header=BB4_3 Depth=1
	srliw	a1, t0, 31
	addw	a1, t0, a1
	sraiw	s1, a1, 1
	mv	a1, a4
	bge	t1, t0, .LBB4_22
.LBB4_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB4_16 Depth 2
                                        #     Child Loop BB4_7 Depth 2
	mv	t0, s1
	andi	a2, s1, 1
	bnez	a2, .LBB4_13
.LBB4_4:                                #   in Loop: Header=BB4_3 Depth=1
	li	a4, 0
	blez	a1, .LBB4_2
# %bb.5:                                #   in Loop: Header=BB4_3 Depth=1
	slli	a2, a1, 32
	mulhu	a2, a2, a7
	srli	a2, a2, 32
	subw	s1, a1, a2
	srliw	s1, s1, 1
	add	a2, a2, s1
	srli	a2, a2, 29
	mulw	a2, a2, a3
	subw	s0, a1, a2
	j	.LBB4_7
.LBB4_6:                                #   in Loop: Header=BB4_7 Depth=2
	srliw	a1, s1, 1
	mv	s0, a2
	bgeu	t1, s1, .LBB4_2
.LBB4_7:                                #   Parent Loop BB4_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	a2, s0, a4
	mv	s1, a1
	bge	a2, a3, .LBB4_10
# %bb.8:                                #   in Loop: Header=BB4_7 Depth=2
	andi	a1, s1, 1
	bnez	a1, .LBB4_11
.LBB4_9:                                #   in Loop: Header=BB4_7 Depth=2
	slliw	a2, s0, 1
	blt	s0, a5, .LBB4_6
	j	.LBB4_12
.LBB4_10:                               #   in Loop: Header=BB4_7 Depth=2
	addw	a2, a2, t2
	andi	a1, s1, 1
	beqz	a1, .LBB4_9
.LBB4_11:                               #   in Loop: Header=BB4_7 Depth=2
	mv	a4, a2
	slliw	a2, s0, 1
	blt	s0, a5, .LBB4_6
.LBB4_12:                               #   in Loop: Header=BB4_7 Depth=2
	addw	a2, a2, t2
	j	.LBB4_6
.LBB4_13:                               #   in Loop: Header=BB4_3 Depth=1
	blez	a1, .LBB4_1
# %bb.14:                               #   in Loop: Header=BB4_3 Depth=1
	mul	a2, a0, a6
	srli	a4, a2, 63
	srai	a2, a2, 60
	addw	a2, a2, a4
	mulw	a2, a2, a3
	subw	a2, a0, a2
	mv	a4, a1
	li	a0, 0
	j	.LBB4_16
.LBB4_15:                               #   in Loop: Header=BB4_16 Depth=2
	srliw	a4, s0, 1
	mv	a2, s1
	bgeu	t1, s0, .LBB4_4
.LBB4_16:                               #   Parent Loop BB4_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	s1, a2, a0
	mv	s0, a4
	bge	s1, a3, .LBB4_19
# %bb.17:                               #   in Loop: Header=BB4_16 Depth=2
	andi	a4, s0, 1
	bnez	a4, .LBB4_20
.LBB4_18:                               #   in Loop: Header=BB4_16 Depth=2
	slliw	s1, a2, 1
	blt	a2, a5, .LBB4_15
	j	.LBB4_21
.LBB4_19:                               #   in Loop: Header=BB4_16 Depth=2
	addw	s1, s1, t2
	andi	a4, s0, 1
	beqz	a4, .LBB4_18
.LBB4_20:                               #   in Loop: Header=BB4_16 Depth=2
	mv	a0, s1
	slliw	s1, a2, 1
	blt	a2, a5, .LBB4_15
.LBB4_21:                               #   in Loop: Header=BB4_16 Depth=2
	addw	s1, s1, t2
	j	.LBB4_15
.LBB4_22:
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a1, 3
	li	t1, 1
	lui	a0, 244
	addiw	s1, a0, 576
	lui	a0, 77324
	addiw	a0, a0, -413
	slli	a7, a0, 32
	lui	a0, 244141
	addiw	a3, a0, -1529
	lui	a0, 804435
	addiw	t2, a0, 1529
	lui	a0, 122070
	addiw	a5, a0, 1284
	lui	a0, 281475
	addiw	a6, a0, -103
	li	a0, 1
	j	.LBB4_25
.LBB4_23:                               #   in Loop: Header=BB4_25 Depth=1
	li	a0, 0
	li	a4, 0
.LBB4_24:                               #   in Loop: Header=BB4_25 Depth=1
	srliw	a1, t0, 31
	addw	a1, t0, a1
	sraiw	s1, a1, 1
	mv	a1, a4
	bge	t1, t0, .LBB4_44
.LBB4_25:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB4_38 Depth 2
                                        #     Child Loop BB4_29 Depth 2
	mv	t0, s1
	andi	a2, s1, 1
	bnez	a2, .LBB4_35
.LBB4_26:                               #   in Loop: Header=BB4_25 Depth=1
	li	a4, 0
	blez	a1, .LBB4_24
# %bb.27:                               #   in Loop: Header=BB4_25 Depth=1
	slli	a2, a1, 32
	mulhu	a2, a2, a7
	srli	a2, a2, 32
	subw	s1, a1, a2
	srliw	s1, s1, 1
	add	a2, a2, s1
	srli	a2, a2, 29
	mulw	a2, a2, a3
	subw	s0, a1, a2
	j	.LBB4_29
.LBB4_28:                               #   in Loop: Header=BB4_29 Depth=2
	srliw	a1, s1, 1
	mv	s0, a2
	bgeu	t1, s1, .LBB4_24
.LBB4_29:                               #   Parent Loop BB4_25 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	a2, s0, a4
	mv	s1, a1
	bge	a2, a3, .LBB4_32
# %bb.30:                               #   in Loop: Header=BB4_29 Depth=2
	andi	a1, s1, 1
	bnez	a1, .LBB4_33
.LBB4_31:                               #   in Loop: Header=BB4_29 Depth=2
	slliw	a2, s0, 1
	blt	s0, a5, .LBB4_28
	j	.LBB4_34
.LBB4_32:                               #   in Loop: Header=BB4_29 Depth=2
	addw	a2, a2, t2
	andi	a1, s1, 1
	beqz	a1, .LBB4_31
.LBB4_33:                               #   in Loop: Header=BB4_29 Depth=2
	mv	a4, a2
	slliw	a2, s0, 1
	blt	s0, a5, .LBB4_28
.LBB4_34:                               #   in Loop: Header=BB4_29 Depth=2
	addw	a2, a2, t2
	j	.LBB4_28
.LBB4_35:                               #   in Loop: Header=BB4_25 Depth=1
	blez	a1, .LBB4_23
# %bb.36:                               #   in Loop: Header=BB4_25 Depth=1
	mul	a2, a0, a6
	srli	a4, a2, 63
	srai	a2, a2, 60
	addw	a2, a2, a4
	mulw	a2, a2, a3
	subw	a2, a0, a2
	mv	a4, a1
	li	a0, 0
	j	.LBB4_38
.LBB4_37:                               #   in Loop: Header=BB4_38 Depth=2
	srliw	a4, s0, 1
	mv	a2, s1
	bgeu	t1, s0, .LBB4_26
.LBB4_38:                               #   Parent Loop BB4_25 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	s1, a2, a0
	mv	s0, a4
	bge	s1, a3, .LBB4_41
# %bb.39:                               #   in Loop: Header=BB4_38 Depth=2
	andi	a4, s0, 1
	bnez	a4, .LBB4_42
.LBB4_40:                               #   in Loop: Header=BB4_38 Depth=2
	slliw	s1, a2, 1
	blt	a2, a5, .LBB4_37
	j	.LBB4_43
.LBB4_41:                               #   in Loop: Header=BB4_38 Depth=2
	addw	s1, s1, t2
	andi	a4, s0, 1
	beqz	a4, .LBB4_40
.LBB4_42:                               #   in Loop: Header=BB4_38 Depth=2
	mv	a0, s1
	slliw	s1, a2, 1
	blt	a2, a5, .LBB4_37
.LBB4_43:                               #   in Loop: Header=BB4_38 Depth=2
	addw	s1, s1, t2
	j	.LBB4_37
.LBB4_44:
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lui	a0, 30141
	addiw	s2, a0, -747
	lui	a0, 244141
	addiw	s3, a0, -1529
	li	a0, 7
	li	s1, 7
	mv	a1, s2
	mv	a2, s3
	call	powmod_rec
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	t1, 1
	lui	a0, 77324
	addiw	a0, a0, -413
	slli	a7, a0, 32
	lui	a0, 804435
	addiw	a3, a0, 1529
	lui	a0, 122070
	addiw	a4, a0, 1284
	lui	a0, 281475
	addiw	a6, a0, -103
	li	a0, 1
	j	.LBB4_47
.LBB4_45:                               #   in Loop: Header=BB4_47 Depth=1
	li	a0, 0
	li	s0, 0
.LBB4_46:                               #   in Loop: Header=BB4_47 Depth=1
	srliw	a1, t0, 31
	addw	a1, t0, a1
	sraiw	s2, a1, 1
	mv	s1, s0
	bge	t1, t0, .LBB4_66
.LBB4_47:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB4_60 Depth 2
                                        #     Child Loop BB4_51 Depth 2
	mv	t0, s2
	andi	a1, s2, 1
	bnez	a1, .LBB4_57
.LBB4_48:                               #   in Loop: Header=BB4_47 Depth=1
	li	s0, 0
	blez	s1, .LBB4_46
# %bb.49:                               #   in Loop: Header=BB4_47 Depth=1
	slli	a1, s1, 32
	mulhu	a1, a1, a7
	srli	a1, a1, 32
	subw	a2, s1, a1
	srliw	a2, a2, 1
	add	a1, a1, a2
	srli	a1, a1, 29
	mulw	a1, a1, s3
	subw	a1, s1, a1
	j	.LBB4_51
.LBB4_50:                               #   in Loop: Header=BB4_51 Depth=2
	srliw	s1, a5, 1
	mv	a1, a2
	bgeu	t1, a5, .LBB4_46
.LBB4_51:                               #   Parent Loop BB4_47 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	a2, a1, s0
	mv	a5, s1
	bge	a2, s3, .LBB4_54
# %bb.52:                               #   in Loop: Header=BB4_51 Depth=2
	andi	s1, a5, 1
	bnez	s1, .LBB4_55
.LBB4_53:                               #   in Loop: Header=BB4_51 Depth=2
	slliw	a2, a1, 1
	blt	a1, a4, .LBB4_50
	j	.LBB4_56
.LBB4_54:                               #   in Loop: Header=BB4_51 Depth=2
	addw	a2, a2, a3
	andi	s1, a5, 1
	beqz	s1, .LBB4_53
.LBB4_55:                               #   in Loop: Header=BB4_51 Depth=2
	mv	s0, a2
	slliw	a2, a1, 1
	blt	a1, a4, .LBB4_50
.LBB4_56:                               #   in Loop: Header=BB4_51 Depth=2
	addw	a2, a2, a3
	j	.LBB4_50
.LBB4_57:                               #   in Loop: Header=BB4_47 Depth=1
	blez	s1, .LBB4_45
# %bb.58:                               #   in Loop: Header=BB4_47 Depth=1
	mul	a1, a0, a6
	srli	a2, a1, 63
	srai	a1, a1, 60
	addw	a1, a1, a2
	mulw	a1, a1, s3
	subw	a2, a0, a1
	mv	a5, s1
	li	a0, 0
	j	.LBB4_60
.LBB4_59:                               #   in Loop: Header=BB4_60 Depth=2
	srliw	a5, s0, 1
	mv	a2, a1
	bgeu	t1, s0, .LBB4_48
.LBB4_60:                               #   Parent Loop BB4_47 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	a1, a2, a0
	mv	s0, a5
	bge	a1, s3, .LBB4_63
# %bb.61:                               #   in Loop: Header=BB4_60 Depth=2
	andi	a5, s0, 1
	bnez	a5, .LBB4_64
.LBB4_62:                               #   in Loop: Header=BB4_60 Depth=2
	slliw	a1, a2, 1
	blt	a2, a4, .LBB4_59
	j	.LBB4_65
.LBB4_63:                               #   in Loop: Header=BB4_60 Depth=2
	addw	a1, a1, a3
	andi	a5, s0, 1
	beqz	a5, .LBB4_62
.LBB4_64:                               #   in Loop: Header=BB4_60 Depth=2
	mv	a0, a1
	slliw	a1, a2, 1
	blt	a2, a4, .LBB4_59
.LBB4_65:                               #   in Loop: Header=BB4_60 Depth=2
	addw	a1, a1, a3
	j	.LBB4_59
.LBB4_66:
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	t1, 1
	lui	a1, 244141
	addiw	a5, a1, -1531
	lui	a0, 3
	addiw	a0, a0, 57
	lui	a2, 77324
	addiw	a2, a2, -413
	slli	a7, a2, 32
	addiw	a2, a1, -1529
	lui	a1, 804435
	addiw	a3, a1, 1529
	lui	a1, 122070
	addiw	a4, a1, 1284
	lui	a1, 281475
	addiw	a6, a1, -103
	li	s2, 1
	j	.LBB4_69
.LBB4_67:                               #   in Loop: Header=BB4_69 Depth=1
	li	s2, 0
	li	s0, 0
.LBB4_68:                               #   in Loop: Header=BB4_69 Depth=1
	srliw	a0, t0, 31
	addw	a0, t0, a0
	sraiw	a5, a0, 1
	mv	a0, s0
	bge	t1, t0, .LBB4_88
.LBB4_69:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB4_82 Depth 2
                                        #     Child Loop BB4_73 Depth 2
	mv	t0, a5
	andi	a1, a5, 1
	bnez	a1, .LBB4_79
.LBB4_70:                               #   in Loop: Header=BB4_69 Depth=1
	li	s0, 0
	blez	a0, .LBB4_68
# %bb.71:                               #   in Loop: Header=BB4_69 Depth=1
	slli	a1, a0, 32
	mulhu	a1, a1, a7
	srli	a1, a1, 32
	subw	a5, a0, a1
	srliw	a5, a5, 1
	add	a1, a1, a5
	srli	a1, a1, 29
	mulw	a1, a1, a2
	subw	s1, a0, a1
	j	.LBB4_73
.LBB4_72:                               #   in Loop: Header=BB4_73 Depth=2
	srliw	a0, a5, 1
	mv	s1, a1
	bgeu	t1, a5, .LBB4_68
.LBB4_73:                               #   Parent Loop BB4_69 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	a1, s1, s0
	mv	a5, a0
	bge	a1, a2, .LBB4_76
# %bb.74:                               #   in Loop: Header=BB4_73 Depth=2
	andi	a0, a5, 1
	bnez	a0, .LBB4_77
.LBB4_75:                               #   in Loop: Header=BB4_73 Depth=2
	slliw	a1, s1, 1
	blt	s1, a4, .LBB4_72
	j	.LBB4_78
.LBB4_76:                               #   in Loop: Header=BB4_73 Depth=2
	addw	a1, a1, a3
	andi	a0, a5, 1
	beqz	a0, .LBB4_75
.LBB4_77:                               #   in Loop: Header=BB4_73 Depth=2
	mv	s0, a1
	slliw	a1, s1, 1
	blt	s1, a4, .LBB4_72
.LBB4_78:                               #   in Loop: Header=BB4_73 Depth=2
	addw	a1, a1, a3
	j	.LBB4_72
.LBB4_79:                               #   in Loop: Header=BB4_69 Depth=1
	blez	a0, .LBB4_67
# %bb.80:                               #   in Loop: Header=BB4_69 Depth=1
	mul	a1, s2, a6
	srli	a5, a1, 63
	srai	a1, a1, 60
	addw	a1, a1, a5
	mulw	a1, a1, a2
	subw	a1, s2, a1
	mv	s1, a0
	li	s2, 0
	j	.LBB4_82
.LBB4_81:                               #   in Loop: Header=BB4_82 Depth=2
	srliw	s1, s0, 1
	mv	a1, a5
	bgeu	t1, s0, .LBB4_70
.LBB4_82:                               #   Parent Loop BB4_69 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	a5, a1, s2
	mv	s0, s1
	bge	a5, a2, .LBB4_85
# %bb.83:                               #   in Loop: Header=BB4_82 Depth=2
	andi	s1, s0, 1
	bnez	s1, .LBB4_86
.LBB4_84:                               #   in Loop: Header=BB4_82 Depth=2
	slliw	a5, a1, 1
	blt	a1, a4, .LBB4_81
	j	.LBB4_87
.LBB4_85:                               #   in Loop: Header=BB4_82 Depth=2
	addw	a5, a5, a3
	andi	s1, s0, 1
	beqz	s1, .LBB4_84
.LBB4_86:                               #   in Loop: Header=BB4_82 Depth=2
	mv	s2, a5
	slliw	a5, a1, 1
	blt	a1, a4, .LBB4_81
.LBB4_87:                               #   in Loop: Header=BB4_82 Depth=2
	addw	a5, a5, a3
	j	.LBB4_81
.LBB4_88:
	mv	a0, s2
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 0
	lui	a1, 281475
	addiw	a1, a1, -103
	mul	a1, s2, a1
	srli	a2, a1, 63
	srai	a1, a1, 32
	srli	a1, a1, 28
	addw	a2, a2, a1
	lui	a1, 244141
	addiw	a1, a1, -1529
	mulw	a2, a2, a1
	subw	s1, s2, a2
	lui	a2, 3
	addiw	a5, a2, 57
	lui	a2, 804435
	addiw	a2, a2, 1529
	lui	a3, 122070
	addiw	a3, a3, 1284
	li	a6, 1
	j	.LBB4_90
.LBB4_89:                               #   in Loop: Header=BB4_90 Depth=1
	srliw	a5, s0, 1
	mv	s1, a4
	bgeu	a6, s0, .LBB4_96
.LBB4_90:                               # =>This Inner Loop Header: Depth=1
	addw	a4, s1, a0
	mv	s0, a5
	bge	a4, a1, .LBB4_93
# %bb.91:                               #   in Loop: Header=BB4_90 Depth=1
	andi	a5, s0, 1
	bnez	a5, .LBB4_94
.LBB4_92:                               #   in Loop: Header=BB4_90 Depth=1
	slliw	a4, s1, 1
	blt	s1, a3, .LBB4_89
	j	.LBB4_95
.LBB4_93:                               #   in Loop: Header=BB4_90 Depth=1
	addw	a4, a4, a2
	andi	a5, s0, 1
	beqz	a5, .LBB4_92
.LBB4_94:                               #   in Loop: Header=BB4_90 Depth=1
	mv	a0, a4
	slliw	a4, s1, 1
	blt	s1, a3, .LBB4_89
.LBB4_95:                               #   in Loop: Header=BB4_90 Depth=1
	addw	a4, a4, a2
	j	.LBB4_89
.LBB4_96:
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 97
	call	fermat_probable_prime
	mv	s0, a0
	call	putint@plt
	li	a0, 561
	call	fermat_probable_prime
	mv	s1, a0
	call	putint@plt
	addw	s1, s1, s0
	li	a0, 1009
	call	fermat_probable_prime
	mv	s0, a0
	call	putint@plt
	addw	s1, s1, s0
	lui	a0, 2
	addiw	a0, a0, -273
	call	fermat_probable_prime
	mv	s0, a0
	call	putint@plt
	addw	s1, s1, s0
	lui	a0, 16
	addiw	a0, a0, 1
	call	fermat_probable_prime
	mv	s0, a0
	call	putint@plt
	addw	s1, s1, s0
	lui	s2, 244
	addiw	a0, s2, 577
	call	fermat_probable_prime
	mv	s0, a0
	call	putint@plt
	addw	s1, s1, s0
	addiw	a0, s2, 559
	call	fermat_probable_prime
	mv	s0, a0
	call	putint@plt
	addw	s1, s1, s0
	lui	a0, 244141
	addiw	a0, a0, -1529
	call	fermat_probable_prime
	mv	s0, a0
	call	putint@plt
	addw	s0, s0, s1
	li	a0, 10
	call	putch@plt
	mv	a0, s0
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.type	P,@object                       # @P
	.section	.rodata,"a",@progbits
	.globl	P
	.p2align	2
P:
	.word	1000000007                      # 0x3b9aca07
	.size	P, 4

	.type	.L__const.fermat_probable_prime.bases,@object # @__const.fermat_probable_prime.bases
	.p2align	2
.L__const.fermat_probable_prime.bases:
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	5                               # 0x5
	.size	.L__const.fermat_probable_prime.bases, 12

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
