	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_hash_table_probe.sy"
	.globl	hash                            # -- Begin function hash
	.p2align	1
	.type	hash,@function
hash:                                   # @hash
# %bb.0:
	sraiw	a1, a0, 31
	srliw	a1, a1, 16
	addw	a1, a1, a0
	sraiw	a1, a1, 16
	lui	a2, 1048561
	addiw	a2, a2, 3
	mulw	a1, a1, a2
	add	a0, a0, a1
	sraiw	a1, a0, 31
	srliw	a1, a1, 16
	add	a1, a1, a0
	lui	a2, 1048560
	and	a1, a1, a2
	subw	a0, a0, a1
	ret
.Lfunc_end0:
	.size	hash, .Lfunc_end0-hash
                                        # -- End function
	.globl	holds                           # -- Begin function holds
	.p2align	1
	.type	holds,@function
holds:                                  # @holds
# %bb.0:
	slli	a0, a0, 2
.LBB1_3:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(state)
	addi	a2, a2, %pcrel_lo(.LBB1_3)
	add	a2, a2, a0
	lw	a2, 0(a2)
	li	a3, 1
	bne	a2, a3, .LBB1_2
# %bb.1:
.LBB1_4:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(keys)
	addi	a2, a2, %pcrel_lo(.LBB1_4)
	add	a0, a0, a2
	lw	a0, 0(a0)
	xor	a0, a0, a1
	seqz	a0, a0
	ret
.LBB1_2:
	li	a0, 0
	ret
.Lfunc_end1:
	.size	holds, .Lfunc_end1-holds
                                        # -- End function
	.globl	next_slot                       # -- Begin function next_slot
	.p2align	1
	.type	next_slot,@function
next_slot:                              # @next_slot
# %bb.0:
	addiw	a1, a0, 1
	lui	a2, 16
	li	a0, 0
	beq	a1, a2, .LBB2_2
# %bb.1:
	mv	a0, a1
.LBB2_2:
	ret
.Lfunc_end2:
	.size	next_slot, .Lfunc_end2-next_slot
                                        # -- End function
	.globl	find_slot                       # -- Begin function find_slot
	.p2align	1
	.type	find_slot,@function
find_slot:                              # @find_slot
# %bb.0:
	sraiw	a1, a0, 31
	srliw	a1, a1, 16
	addw	a1, a1, a0
	sraiw	a1, a1, 16
	lui	a2, 1048561
	addiw	a2, a2, 3
	mulw	a1, a1, a2
	add	a1, a1, a0
	sraiw	a2, a1, 31
	srliw	a2, a2, 16
	add	a2, a2, a1
	lui	a3, 1048560
	and	a2, a2, a3
	subw	a1, a1, a2
.LBB3_8:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(state)
	addi	a2, a2, %pcrel_lo(.LBB3_8)
	li	a6, 1
.LBB3_9:                                # Label of block must be emitted
	auipc	a4, %pcrel_hi(keys)
	addi	a4, a4, %pcrel_lo(.LBB3_9)
	lui	a7, 16
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	slli	a3, a1, 2
	add	a5, a2, a3
	lw	a5, 0(a5)
	beq	a5, a6, .LBB3_3
# %bb.2:                                #   in Loop: Header=BB3_1 Depth=1
	bnez	a5, .LBB3_4
	j	.LBB3_6
.LBB3_3:                                #   in Loop: Header=BB3_1 Depth=1
	add	a3, a3, a4
	lw	a3, 0(a3)
	beq	a3, a0, .LBB3_7
.LBB3_4:                                #   in Loop: Header=BB3_1 Depth=1
	addiw	a3, a1, 1
	li	a1, 0
	beq	a3, a7, .LBB3_1
# %bb.5:                                #   in Loop: Header=BB3_1 Depth=1
	mv	a1, a3
	j	.LBB3_1
.LBB3_6:
	not	a1, a1
.LBB3_7:
	mv	a0, a1
	ret
.Lfunc_end3:
	.size	find_slot, .Lfunc_end3-find_slot
                                        # -- End function
	.globl	insert                          # -- Begin function insert
	.p2align	1
	.type	insert,@function
insert:                                 # @insert
# %bb.0:
	sraiw	a2, a0, 31
	srliw	a2, a2, 16
	addw	a2, a2, a0
	sraiw	a2, a2, 16
	lui	a3, 1048561
	addiw	a3, a3, 3
	mulw	a2, a2, a3
	add	a2, a2, a0
	sraiw	a3, a2, 31
	srliw	a3, a3, 16
	add	a3, a3, a2
	lui	a4, 1048560
	and	a3, a3, a4
	subw	a4, a2, a3
.LBB4_10:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(state)
	addi	a3, a3, %pcrel_lo(.LBB4_10)
	li	a7, 1
.LBB4_11:                               # Label of block must be emitted
	auipc	a6, %pcrel_hi(keys)
	addi	a6, a6, %pcrel_lo(.LBB4_11)
	lui	t0, 16
.LBB4_1:                                # =>This Inner Loop Header: Depth=1
	slli	a5, a4, 2
	add	a2, a3, a5
	lw	a2, 0(a2)
	beq	a2, a7, .LBB4_3
# %bb.2:                                #   in Loop: Header=BB4_1 Depth=1
	bnez	a2, .LBB4_4
	j	.LBB4_6
.LBB4_3:                                #   in Loop: Header=BB4_1 Depth=1
	add	a2, a6, a5
	lw	a2, 0(a2)
	beq	a2, a0, .LBB4_7
.LBB4_4:                                #   in Loop: Header=BB4_1 Depth=1
	addiw	a2, a4, 1
	li	a4, 0
	beq	a2, t0, .LBB4_1
# %bb.5:                                #   in Loop: Header=BB4_1 Depth=1
	mv	a4, a2
	j	.LBB4_1
.LBB4_6:
	not	a4, a4
.LBB4_7:
	bltz	a4, .LBB4_9
# %bb.8:
	slli	a0, a4, 32
	srli	a0, a0, 30
.LBB4_12:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(vals)
	addi	a2, a2, %pcrel_lo(.LBB4_12)
	add	a0, a0, a2
	lw	a2, 0(a0)
	addw	a1, a1, a2
	sw	a1, 0(a0)
	ret
.LBB4_9:
	not	a2, a4
	slli	a2, a2, 32
	srli	a2, a2, 30
	add	a3, a3, a2
	li	a4, 1
	sw	a4, 0(a3)
	add	a3, a6, a2
	sw	a0, 0(a3)
.LBB4_13:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(vals)
	addi	a0, a0, %pcrel_lo(.LBB4_13)
	add	a0, a0, a2
	sw	a1, 0(a0)
	ret
.Lfunc_end4:
	.size	insert, .Lfunc_end4-insert
                                        # -- End function
	.globl	lookup                          # -- Begin function lookup
	.p2align	1
	.type	lookup,@function
lookup:                                 # @lookup
# %bb.0:
	sraiw	a1, a0, 31
	srliw	a1, a1, 16
	addw	a1, a1, a0
	sraiw	a1, a1, 16
	lui	a2, 1048561
	addiw	a2, a2, 3
	mulw	a1, a1, a2
	add	a1, a1, a0
	sraiw	a2, a1, 31
	srliw	a2, a2, 16
	add	a2, a2, a1
	lui	a3, 1048560
	and	a2, a2, a3
	subw	a1, a1, a2
.LBB5_10:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(state)
	addi	a2, a2, %pcrel_lo(.LBB5_10)
	li	a6, 1
.LBB5_11:                               # Label of block must be emitted
	auipc	a4, %pcrel_hi(keys)
	addi	a4, a4, %pcrel_lo(.LBB5_11)
	lui	a7, 16
.LBB5_1:                                # =>This Inner Loop Header: Depth=1
	slli	a3, a1, 2
	add	a5, a2, a3
	lw	a5, 0(a5)
	beq	a5, a6, .LBB5_3
# %bb.2:                                #   in Loop: Header=BB5_1 Depth=1
	bnez	a5, .LBB5_4
	j	.LBB5_6
.LBB5_3:                                #   in Loop: Header=BB5_1 Depth=1
	add	a3, a3, a4
	lw	a3, 0(a3)
	beq	a3, a0, .LBB5_7
.LBB5_4:                                #   in Loop: Header=BB5_1 Depth=1
	addiw	a3, a1, 1
	li	a1, 0
	beq	a3, a7, .LBB5_1
# %bb.5:                                #   in Loop: Header=BB5_1 Depth=1
	mv	a1, a3
	j	.LBB5_1
.LBB5_6:
	not	a1, a1
.LBB5_7:
	bltz	a1, .LBB5_9
# %bb.8:
	slli	a0, a1, 32
	srli	a0, a0, 30
.LBB5_12:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(vals)
	addi	a1, a1, %pcrel_lo(.LBB5_12)
	add	a0, a0, a1
	lw	a0, 0(a0)
	ret
.LBB5_9:
	li	a0, 0
	ret
.Lfunc_end5:
	.size	lookup, .Lfunc_end5-lookup
                                        # -- End function
	.globl	erase                           # -- Begin function erase
	.p2align	1
	.type	erase,@function
erase:                                  # @erase
# %bb.0:
	sraiw	a1, a0, 31
	srliw	a1, a1, 16
	addw	a1, a1, a0
	sraiw	a1, a1, 16
	lui	a2, 1048561
	addiw	a2, a2, 3
	mulw	a1, a1, a2
	add	a1, a1, a0
	sraiw	a2, a1, 31
	srliw	a2, a2, 16
	add	a2, a2, a1
	lui	a3, 1048560
	and	a2, a2, a3
	subw	a2, a1, a2
.LBB6_10:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(state)
	addi	a1, a1, %pcrel_lo(.LBB6_10)
	li	a6, 1
.LBB6_11:                               # Label of block must be emitted
	auipc	a4, %pcrel_hi(keys)
	addi	a4, a4, %pcrel_lo(.LBB6_11)
	lui	a7, 16
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
	slli	a3, a2, 2
	add	a5, a1, a3
	lw	a5, 0(a5)
	beq	a5, a6, .LBB6_3
# %bb.2:                                #   in Loop: Header=BB6_1 Depth=1
	bnez	a5, .LBB6_4
	j	.LBB6_6
.LBB6_3:                                #   in Loop: Header=BB6_1 Depth=1
	add	a3, a3, a4
	lw	a3, 0(a3)
	beq	a3, a0, .LBB6_7
.LBB6_4:                                #   in Loop: Header=BB6_1 Depth=1
	addiw	a3, a2, 1
	li	a2, 0
	beq	a3, a7, .LBB6_1
# %bb.5:                                #   in Loop: Header=BB6_1 Depth=1
	mv	a2, a3
	j	.LBB6_1
.LBB6_6:
	not	a2, a2
.LBB6_7:
	bltz	a2, .LBB6_9
# %bb.8:
	slli	a0, a2, 32
	srli	a0, a0, 30
	add	a0, a0, a1
	li	a1, 2
	sw	a1, 0(a0)
	li	a0, 1
	ret
.LBB6_9:
	li	a0, 0
	ret
.Lfunc_end6:
	.size	erase, .Lfunc_end6-erase
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -112
	sd	ra, 104(sp)                     # 8-byte Folded Spill
	sd	s0, 96(sp)                      # 8-byte Folded Spill
	sd	s1, 88(sp)                      # 8-byte Folded Spill
	sd	s2, 80(sp)                      # 8-byte Folded Spill
	sd	s3, 72(sp)                      # 8-byte Folded Spill
	sd	s4, 64(sp)                      # 8-byte Folded Spill
	sd	s5, 56(sp)                      # 8-byte Folded Spill
	sd	s6, 48(sp)                      # 8-byte Folded Spill
	sd	s7, 40(sp)                      # 8-byte Folded Spill
	sd	s8, 32(sp)                      # 8-byte Folded Spill
	sd	s9, 24(sp)                      # 8-byte Folded Spill
	sd	s10, 16(sp)                     # 8-byte Folded Spill
	sd	s11, 8(sp)                      # 8-byte Folded Spill
	call	getint@plt
	mv	s4, a0
	call	getint@plt
	mv	s8, a0
	call	starttime@plt
	blez	s4, .LBB7_36
# %bb.1:
	li	s3, 0
	lui	a0, 987139
	slli	a0, a0, 20
	srli	s7, a0, 32
	li	a6, 1103
	lui	a0, 549754
	addiw	t1, a0, 675
	lui	a0, 244
	addiw	t2, a0, 579
	lui	a0, 122713
	addiw	t3, a0, 1439
	lui	a0, 34
	addiw	t4, a0, 736
	lui	a0, 335544
	addiw	a0, a0, 1311
	slli	t5, a0, 32
	li	a7, 100
	lui	t0, 1048560
.LBB7_40:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(state)
	addi	a1, a1, %pcrel_lo(.LBB7_40)
	li	a5, 1
.LBB7_41:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(keys)
	addi	a2, a2, %pcrel_lo(.LBB7_41)
.LBB7_42:                               # Label of block must be emitted
	auipc	s6, %pcrel_hi(vals)
	addi	s6, s6, %pcrel_lo(.LBB7_42)
	lui	s0, 16
	mv	s2, s8
	j	.LBB7_4
.LBB7_2:                                #   in Loop: Header=BB7_4 Depth=1
	not	a0, a0
	slli	a0, a0, 32
	srli	a0, a0, 30
	add	a3, a1, a0
	sw	a5, 0(a3)
	add	a3, a2, a0
	sw	s1, 0(a3)
	add	a0, a0, s6
	sw	t6, 0(a0)
.LBB7_3:                                #   in Loop: Header=BB7_4 Depth=1
	addiw	s3, s3, 1
	bge	s3, s4, .LBB7_13
.LBB7_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB7_5 Depth 2
	addiw	a0, s2, 11
	mulw	a0, a0, a6
	addiw	a0, a0, 212
	mul	a3, a0, t1
	srli	a3, a3, 32
	addw	a3, a3, a0
	srliw	a4, a3, 31
	sraiw	a3, a3, 19
	addw	a3, a3, a4
	mulw	a3, a3, t2
	subw	s2, a0, a3
	mul	a0, s2, t3
	srli	a3, a0, 63
	srai	a0, a0, 46
	addw	a0, a0, a3
	mulw	a0, a0, t4
	subw	a0, s2, a0
	slliw	a3, a0, 3
	subw	a0, a3, a0
	addiw	s1, a0, 3
	slli	a0, s3, 32
	mulhu	a0, a0, t5
	srli	a0, a0, 37
	mulw	a0, a0, a7
	subw	a0, s3, a0
	addiw	t6, a0, 1
	sraiw	a0, s1, 31
	srliw	a0, a0, 16
	addw	a0, a0, s1
	sraiw	a0, a0, 16
	mulw	a0, a0, s7
	add	a0, a0, s1
	sraiw	a3, a0, 31
	srliw	a3, a3, 16
	add	a3, a3, a0
	and	a3, a3, t0
	subw	a0, a0, a3
.LBB7_5:                                #   Parent Loop BB7_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slli	a4, a0, 2
	add	a3, a1, a4
	lw	a3, 0(a3)
	beq	a3, a5, .LBB7_7
# %bb.6:                                #   in Loop: Header=BB7_5 Depth=2
	bnez	a3, .LBB7_8
	j	.LBB7_10
.LBB7_7:                                #   in Loop: Header=BB7_5 Depth=2
	add	a3, a2, a4
	lw	a3, 0(a3)
	beq	a3, s1, .LBB7_11
.LBB7_8:                                #   in Loop: Header=BB7_5 Depth=2
	addiw	a3, a0, 1
	li	a0, 0
	beq	a3, s0, .LBB7_5
# %bb.9:                                #   in Loop: Header=BB7_5 Depth=2
	mv	a0, a3
	j	.LBB7_5
.LBB7_10:                               #   in Loop: Header=BB7_4 Depth=1
	not	a0, a0
.LBB7_11:                               #   in Loop: Header=BB7_4 Depth=1
	bltz	a0, .LBB7_2
# %bb.12:                               #   in Loop: Header=BB7_4 Depth=1
	slli	a0, a0, 32
	srli	a0, a0, 30
	add	a0, a0, s6
	lw	a3, 0(a0)
	addw	a3, a3, t6
	sw	a3, 0(a0)
	j	.LBB7_3
.LBB7_13:
	blez	s4, .LBB7_36
# %bb.14:
	li	s10, 0
	li	s2, 0
	li	s9, 0
	li	s3, 0
	lui	a0, 2
	addiw	a6, a0, -71
	lui	a0, 7
	addiw	a7, a0, -261
	lui	a0, 255546
	addiw	t0, a0, 1383
	lui	a0, 33
	addiw	t2, a0, -712
	lui	t1, 1048560
	li	a5, 1
	lui	a0, 137438
	addiw	t3, a0, -35
	lui	a0, 244
	addiw	t4, a0, 583
	lui	a0, 699051
	addiw	t5, a0, -1365
	lui	a0, 349525
	addiw	t6, a0, 1365
	li	s5, 2
	lui	s11, 16
	j	.LBB7_18
.LBB7_15:                               #   in Loop: Header=BB7_18 Depth=1
	slli	a0, s1, 32
	srli	a0, a0, 30
	add	a0, a0, a1
	sw	s5, 0(a0)
	li	a0, 1
.LBB7_16:                               #   in Loop: Header=BB7_18 Depth=1
	addw	s2, a0, s2
.LBB7_17:                               #   in Loop: Header=BB7_18 Depth=1
	addw	a0, s0, s9
	mul	a3, a0, t3
	srli	a4, a3, 63
	srai	a3, a3, 49
	addw	a3, a3, a4
	mulw	a3, a3, t4
	addiw	s10, s10, 1
	subw	s9, a0, a3
	bge	s10, s4, .LBB7_37
.LBB7_18:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB7_19 Depth 2
                                        #     Child Loop BB7_30 Depth 2
	mulw	a0, s8, a6
	addw	a0, a0, a7
	mul	a3, a0, t0
	srli	a4, a3, 63
	srai	a3, a3, 47
	addw	a3, a3, a4
	mulw	a3, a3, t2
	subw	s8, a0, a3
	slliw	a0, s8, 3
	subw	a0, a0, s8
	addiw	a0, a0, 3
	sraiw	a3, a0, 31
	srliw	a3, a3, 16
	addw	a3, a3, a0
	sraiw	a3, a3, 16
	mulw	a3, a3, s7
	add	a3, a3, a0
	sraiw	a4, a3, 31
	srliw	a4, a4, 16
	add	a4, a4, a3
	and	a4, a4, t1
	subw	s1, a3, a4
	mv	s0, s1
.LBB7_19:                               #   Parent Loop BB7_18 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slli	a4, s0, 2
	add	a3, a1, a4
	lw	a3, 0(a3)
	beq	a3, a5, .LBB7_21
# %bb.20:                               #   in Loop: Header=BB7_19 Depth=2
	bnez	a3, .LBB7_22
	j	.LBB7_24
.LBB7_21:                               #   in Loop: Header=BB7_19 Depth=2
	add	a3, a2, a4
	lw	a3, 0(a3)
	beq	a3, a0, .LBB7_25
.LBB7_22:                               #   in Loop: Header=BB7_19 Depth=2
	addiw	a3, s0, 1
	li	s0, 0
	beq	a3, s11, .LBB7_19
# %bb.23:                               #   in Loop: Header=BB7_19 Depth=2
	mv	s0, a3
	j	.LBB7_19
.LBB7_24:                               #   in Loop: Header=BB7_18 Depth=1
	not	s0, s0
.LBB7_25:                               #   in Loop: Header=BB7_18 Depth=1
	bltz	s0, .LBB7_27
# %bb.26:                               #   in Loop: Header=BB7_18 Depth=1
	slli	a3, s0, 32
	srli	a3, a3, 30
	add	a3, a3, s6
	lw	s0, 0(a3)
	sgtz	a3, s0
	addw	s3, s3, a3
	mulw	a3, s10, t5
	bltu	t6, a3, .LBB7_17
	j	.LBB7_30
.LBB7_27:                               #   in Loop: Header=BB7_18 Depth=1
	li	s0, 0
	mulw	a3, s10, t5
	bltu	t6, a3, .LBB7_17
	j	.LBB7_30
.LBB7_28:                               #   in Loop: Header=BB7_30 Depth=2
	addiw	a3, s1, 1
	li	s1, 0
	beq	a3, s11, .LBB7_30
# %bb.29:                               #   in Loop: Header=BB7_30 Depth=2
	mv	s1, a3
.LBB7_30:                               #   Parent Loop BB7_18 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slli	a4, s1, 2
	add	a3, a1, a4
	lw	a3, 0(a3)
	beq	a3, a5, .LBB7_32
# %bb.31:                               #   in Loop: Header=BB7_30 Depth=2
	bnez	a3, .LBB7_28
	j	.LBB7_34
.LBB7_32:                               #   in Loop: Header=BB7_30 Depth=2
	add	a3, a2, a4
	lw	a3, 0(a3)
	bne	a3, a0, .LBB7_28
# %bb.33:                               #   in Loop: Header=BB7_18 Depth=1
	bgez	s1, .LBB7_15
	j	.LBB7_35
.LBB7_34:                               #   in Loop: Header=BB7_18 Depth=1
	not	s1, s1
	bgez	s1, .LBB7_15
.LBB7_35:                               #   in Loop: Header=BB7_18 Depth=1
	li	a0, 0
	j	.LBB7_16
.LBB7_36:
	li	s3, 0
	li	s9, 0
	li	s2, 0
.LBB7_37:
	li	s1, 0
.LBB7_43:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(state)
	addi	a0, a0, %pcrel_lo(.LBB7_43)
	lui	a1, 16
.LBB7_38:                               # =>This Inner Loop Header: Depth=1
	lw	a2, 0(a0)
	addi	a2, a2, -1
	seqz	a2, a2
	addw	s1, s1, a2
	addi	a1, a1, -1
	addi	a0, a0, 4
	bnez	a1, .LBB7_38
# %bb.39:
	call	stoptime@plt
.LBB7_44:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB7_44)
	mv	a1, s3
	mv	a2, s9
	mv	a3, s2
	mv	a4, s1
	call	putf@plt
	andi	a0, s1, 255
	ld	ra, 104(sp)                     # 8-byte Folded Reload
	ld	s0, 96(sp)                      # 8-byte Folded Reload
	ld	s1, 88(sp)                      # 8-byte Folded Reload
	ld	s2, 80(sp)                      # 8-byte Folded Reload
	ld	s3, 72(sp)                      # 8-byte Folded Reload
	ld	s4, 64(sp)                      # 8-byte Folded Reload
	ld	s5, 56(sp)                      # 8-byte Folded Reload
	ld	s6, 48(sp)                      # 8-byte Folded Reload
	ld	s7, 40(sp)                      # 8-byte Folded Reload
	ld	s8, 32(sp)                      # 8-byte Folded Reload
	ld	s9, 24(sp)                      # 8-byte Folded Reload
	ld	s10, 16(sp)                     # 8-byte Folded Reload
	ld	s11, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 112
	ret
.Lfunc_end7:
	.size	main, .Lfunc_end7-main
                                        # -- End function
	.type	state,@object                   # @state
	.bss
	.globl	state
	.p2align	2
state:
	.zero	262144
	.size	state, 262144

	.type	keys,@object                    # @keys
	.globl	keys
	.p2align	2
keys:
	.zero	262144
	.size	keys, 262144

	.type	vals,@object                    # @vals
	.globl	vals
	.p2align	2
vals:
	.zero	262144
	.size	vals, 262144

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"hits=%d sum=%d erased=%d used=%d\n"
	.size	.L.str, 34

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
