	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_const_dim_stencil.sy"
	.globl	next_random                     # -- Begin function next_random
	.p2align	1
	.type	next_random,@function
next_random:                            # @next_random
# %bb.0:
.LBB0_1:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(seed)
	addi	a1, a1, %pcrel_lo(.LBB0_1)
	lw	a0, 0(a1)
	li	a2, 97
	mulw	a0, a0, a2
	addiw	a0, a0, 13
	lui	a2, 429196
	addiw	a2, a2, 1197
	mul	a2, a0, a2
	srli	a3, a2, 63
	srai	a2, a2, 44
	addw	a2, a2, a3
	lui	a3, 2
	addiw	a3, a3, 1815
	mulw	a2, a2, a3
	subw	a0, a0, a2
	sw	a0, 0(a1)
	ret
.Lfunc_end0:
	.size	next_random, .Lfunc_end0-next_random
                                        # -- End function
	.globl	diffuse                         # -- Begin function diffuse
	.p2align	1
	.type	diffuse,@function
diffuse:                                # @diffuse
# %bb.0:
	addi	t1, a1, 484
	addi	t2, a0, 484
	li	a7, 1
	li	t0, 472
	li	a6, 119
.LBB1_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_2 Depth 2
	li	a5, 0
	addi	a7, a7, 1
.LBB1_2:                                #   Parent Loop BB1_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	add	a4, t2, a5
	lw	a2, 0(a4)
	slliw	a2, a2, 2
	lw	a3, -480(a4)
	lw	a1, 480(a4)
	lw	a0, -4(a4)
	lw	a4, 4(a4)
	addw	a2, a2, a3
	addw	a1, a1, a2
	addw	a0, a0, a1
	addw	a0, a0, a4
	sraiw	a1, a0, 31
	srliw	a1, a1, 29
	addw	a0, a0, a1
	sraiw	a0, a0, 3
	add	a1, t1, a5
	addi	a5, a5, 4
	sw	a0, 0(a1)
	bne	a5, t0, .LBB1_2
# %bb.3:                                #   in Loop: Header=BB1_1 Depth=1
	addi	t1, t1, 480
	addi	t2, t2, 480
	bne	a7, a6, .LBB1_1
# %bb.4:
	ret
.Lfunc_end1:
	.size	diffuse, .Lfunc_end1-diffuse
                                        # -- End function
	.globl	checksum                        # -- Begin function checksum
	.p2align	1
	.type	checksum,@function
checksum:                               # @checksum
# %bb.0:
	li	a7, 0
	li	a1, 0
	lui	a2, 549754
	addiw	t1, a2, 675
	lui	a2, 244
	addiw	a4, a2, 579
	li	t0, 480
	li	a6, 120
.LBB2_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_2 Depth 2
	li	a2, 0
.LBB2_2:                                #   Parent Loop BB2_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	add	a5, a0, a2
	lw	a5, 0(a5)
	slliw	a3, a1, 5
	subw	a1, a3, a1
	addw	a1, a1, a5
	mul	a3, a1, t1
	srli	a3, a3, 32
	addw	a3, a3, a1
	srliw	a5, a3, 31
	sraiw	a3, a3, 19
	addw	a3, a3, a5
	mulw	a3, a3, a4
	addi	a2, a2, 4
	subw	a1, a1, a3
	bne	a2, t0, .LBB2_2
# %bb.3:                                #   in Loop: Header=BB2_1 Depth=1
	addi	a7, a7, 1
	addi	a0, a0, 480
	bne	a7, a6, .LBB2_1
# %bb.4:
	mv	a0, a1
	ret
.Lfunc_end2:
	.size	checksum, .Lfunc_end2-checksum
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -176
	sd	ra, 168(sp)                     # 8-byte Folded Spill
	sd	s0, 160(sp)                     # 8-byte Folded Spill
	sd	s1, 152(sp)                     # 8-byte Folded Spill
	sd	s2, 144(sp)                     # 8-byte Folded Spill
	sd	s3, 136(sp)                     # 8-byte Folded Spill
	sd	s4, 128(sp)                     # 8-byte Folded Spill
	sd	s5, 120(sp)                     # 8-byte Folded Spill
	sd	s6, 112(sp)                     # 8-byte Folded Spill
	sd	s7, 104(sp)                     # 8-byte Folded Spill
	sd	s8, 96(sp)                      # 8-byte Folded Spill
	sd	s9, 88(sp)                      # 8-byte Folded Spill
	sd	s10, 80(sp)                     # 8-byte Folded Spill
	sd	s11, 72(sp)                     # 8-byte Folded Spill
	call	getint@plt
	sd	a0, 32(sp)                      # 8-byte Folded Spill
.LBB3_33:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(heat)
	addi	s0, s0, %pcrel_lo(.LBB3_33)
	call	getint@plt
	li	a6, 0
	li	t0, 97
	lui	a1, 429196
	addiw	a3, a1, 1197
	lui	a1, 2
	addiw	a4, a1, 1815
	lui	a1, 1048568
	addiw	a5, a1, 787
	li	t1, 1000
	li	t2, 480
	li	a7, 120
.LBB3_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_2 Depth 2
	li	a2, 0
.LBB3_2:                                #   Parent Loop BB3_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mulw	a0, a0, t0
	addiw	a0, a0, 13
	mul	s1, a0, a3
	srli	a1, s1, 63
	srai	s1, s1, 44
	addw	a1, a1, s1
	mulw	a1, a1, a4
	subw	a0, a0, a1
	slli	a1, a0, 48
	srai	a1, a1, 48
	mul	a1, a1, a5
	srli	a1, a1, 16
	addw	a1, a1, a0
	slli	a1, a1, 48
	srli	s1, a1, 63
	srai	a1, a1, 48
	srli	a1, a1, 9
	addw	a1, a1, s1
	mulw	a1, a1, t1
	subw	a1, a0, a1
	slli	a1, a1, 48
	srai	a1, a1, 48
	add	s1, s0, a2
	addi	a2, a2, 4
	sw	a1, 0(s1)
	bne	a2, t2, .LBB3_2
# %bb.3:                                #   in Loop: Header=BB3_1 Depth=1
	addi	a6, a6, 1
	addi	s0, s0, 480
	bne	a6, a7, .LBB3_1
# %bb.4:
	li	a1, 0
	li	a2, 0
.LBB3_34:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(seed)
	addi	a3, a3, %pcrel_lo(.LBB3_34)
	sd	a3, 24(sp)                      # 8-byte Folded Spill
	sw	a0, 0(a3)
.LBB3_35:                               # Label of block must be emitted
	auipc	s10, %pcrel_hi(heat)
	addi	s10, s10, %pcrel_lo(.LBB3_35)
.LBB3_36:                               # Label of block must be emitted
	auipc	s9, %pcrel_hi(scratch)
	addi	s9, s9, %pcrel_lo(.LBB3_36)
	lui	a0, 14
	addiw	a0, a0, -224
	li	a3, 480
.LBB3_5:                                # =>This Inner Loop Header: Depth=1
	add	a4, s10, a1
	lw	a5, 0(a4)
	lw	a4, 476(a4)
	add	s1, s9, a1
	sw	a5, 0(s1)
	sw	a4, 476(s1)
	add	a4, s10, a2
	lw	a5, 0(a4)
	add	a4, a4, a0
	lw	a4, 0(a4)
	add	s1, s9, a2
	sw	a5, 0(s1)
	add	a5, s1, a0
	sw	a4, 0(a5)
	addi	a2, a2, 4
	addi	a1, a1, 480
	bne	a2, a3, .LBB3_5
# %bb.6:
	call	starttime@plt
	ld	a7, 32(sp)                      # 8-byte Folded Reload
	ld	t0, 24(sp)                      # 8-byte Folded Reload
	blez	a7, .LBB3_24
# %bb.7:
	li	t1, 0
.LBB3_37:                               # Label of block must be emitted
	auipc	s5, %pcrel_hi(scratch)
	addi	s5, s5, %pcrel_lo(.LBB3_37)
	addi	a0, s5, 484
	sd	a0, 48(sp)                      # 8-byte Folded Spill
.LBB3_38:                               # Label of block must be emitted
	auipc	s7, %pcrel_hi(heat)
	addi	s7, s7, %pcrel_lo(.LBB3_38)
	addi	a0, s7, 964
	sd	a0, 40(sp)                      # 8-byte Folded Spill
	li	s4, 480
	li	s3, 472
	li	s11, 119
	li	t2, 97
	lui	a0, 429196
	addiw	t3, a0, 1197
	lui	a0, 2
	addiw	t4, a0, 1815
	lui	a0, 4
	addiw	t5, a0, 1389
	li	t6, 118
	lui	a0, 1
	addiw	ra, a0, 904
	lui	a0, 838861
	addiw	a0, a0, -819
	sd	a0, 64(sp)                      # 8-byte Folded Spill
	lui	a0, 104858
	addiw	a0, a0, -1639
	sd	a0, 56(sp)                      # 8-byte Folded Spill
	lui	a0, 549754
	addiw	s8, a0, 675
	lui	a0, 244
	addiw	s2, a0, 579
	li	s6, 120
	sd	t4, 16(sp)                      # 8-byte Folded Spill
	sd	t5, 8(sp)                       # 8-byte Folded Spill
	sd	ra, 0(sp)                       # 8-byte Folded Spill
	j	.LBB3_9
.LBB3_8:                                #   in Loop: Header=BB3_9 Depth=1
	bge	t1, a7, .LBB3_24
.LBB3_9:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_15 Depth 2
                                        #       Child Loop BB3_16 Depth 3
                                        #     Child Loop BB3_11 Depth 2
                                        #       Child Loop BB3_12 Depth 3
                                        #     Child Loop BB3_20 Depth 2
                                        #       Child Loop BB3_21 Depth 3
	andi	a0, t1, 1
	bnez	a0, .LBB3_14
# %bb.10:                               #   in Loop: Header=BB3_9 Depth=1
	li	a6, 1
	ld	a1, 40(sp)                      # 8-byte Folded Reload
	ld	a2, 48(sp)                      # 8-byte Folded Reload
.LBB3_11:                               #   Parent Loop BB3_9 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB3_12 Depth 3
	mul	a3, a6, s4
	add	a3, a3, s7
	lw	a4, 4(a3)
	li	a3, 0
	addi	a6, a6, 1
.LBB3_12:                               #   Parent Loop BB3_9 Depth=1
                                        #     Parent Loop BB3_11 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	slliw	a5, a4, 2
	add	a4, a1, a3
	lw	s0, -960(a4)
	lw	a0, 0(a4)
	lw	s1, -484(a4)
	lw	a4, -476(a4)
	addw	a5, a5, s0
	addw	a0, a0, a5
	addw	a0, a0, s1
	addw	a0, a0, a4
	sraiw	a5, a0, 31
	srliw	a5, a5, 29
	addw	a0, a0, a5
	sraiw	a0, a0, 3
	add	a5, a2, a3
	addi	a3, a3, 4
	sw	a0, 0(a5)
	bne	a3, s3, .LBB3_12
# %bb.13:                               #   in Loop: Header=BB3_11 Depth=2
	addi	a2, a2, 480
	addi	a1, a1, 480
	bne	a6, s11, .LBB3_11
	j	.LBB3_18
.LBB3_14:                               #   in Loop: Header=BB3_9 Depth=1
.LBB3_39:                               #   in Loop: Header=BB3_9 Depth=1
                                        # Label of block must be emitted
	auipc	a0, %pcrel_hi(heat)
	addi	a0, a0, %pcrel_lo(.LBB3_39)
	addi	a0, a0, 484
	addi	a1, s5, 964
	li	a6, 1
.LBB3_15:                               #   Parent Loop BB3_9 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB3_16 Depth 3
	mul	a3, a6, s4
	add	a3, a3, s5
	lw	a4, 4(a3)
	li	a3, 0
	addi	a6, a6, 1
.LBB3_16:                               #   Parent Loop BB3_9 Depth=1
                                        #     Parent Loop BB3_15 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	slliw	a5, a4, 2
	add	a4, a1, a3
	lw	s1, -960(a4)
	lw	s0, 0(a4)
	lw	a2, -484(a4)
	lw	a4, -476(a4)
	addw	a5, a5, s1
	addw	a5, a5, s0
	addw	a2, a2, a5
	addw	a2, a2, a4
	sraiw	a5, a2, 31
	srliw	a5, a5, 29
	addw	a2, a2, a5
	sraiw	a2, a2, 3
	add	a5, a0, a3
	addi	a3, a3, 4
	sw	a2, 0(a5)
	bne	a3, s3, .LBB3_16
# %bb.17:                               #   in Loop: Header=BB3_15 Depth=2
	addi	a0, a0, 480
	addi	a1, a1, 480
	bne	a6, s11, .LBB3_15
.LBB3_18:                               #   in Loop: Header=BB3_9 Depth=1
	lw	a0, 0(t0)
	mulw	a0, a0, t2
	addiw	a0, a0, 13
	mul	a1, a0, t3
	srli	a2, a1, 63
	srai	a1, a1, 44
	addw	a1, a1, a2
	mulw	a1, a1, t4
	subw	a0, a0, a1
	slli	a1, a0, 48
	srai	a1, a1, 48
	mul	a1, a1, t5
	srliw	a2, a1, 31
	srai	a1, a1, 16
	srli	a1, a1, 5
	addw	a1, a1, a2
	mulw	a1, a1, t6
	subw	a1, a0, a1
	addiw	a1, a1, 1
	mulw	a0, a0, t2
	addiw	a0, a0, 13
	mul	a2, a0, t3
	srli	a3, a2, 63
	srai	a2, a2, 44
	addw	a2, a2, a3
	mulw	a2, a2, t4
	subw	a0, a0, a2
	sw	a0, 0(t0)
	slli	a2, a0, 48
	srai	a2, a2, 48
	mul	a2, a2, t5
	srliw	a3, a2, 31
	srai	a2, a2, 16
	srli	a2, a2, 5
	addw	a2, a2, a3
	mulw	a2, a2, t6
	subw	a0, a0, a2
	addiw	a0, a0, 1
	slli	a1, a1, 48
	srai	a1, a1, 48
	slli	a0, a0, 48
	srai	a0, a0, 48
	slli	a0, a0, 2
	mul	a1, a1, s4
	add	a2, s7, a1
	add	a2, a2, a0
	sw	ra, 0(a2)
	add	a1, a1, s5
	add	a0, a0, a1
	addiw	t1, t1, 1
	ld	a1, 64(sp)                      # 8-byte Folded Reload
	mulw	a1, t1, a1
	slliw	a2, a1, 31
	srliw	a1, a1, 1
	or	a1, a1, a2
	sw	ra, 0(a0)
	ld	a0, 56(sp)                      # 8-byte Folded Reload
	bltu	a0, a1, .LBB3_8
# %bb.19:                               #   in Loop: Header=BB3_9 Depth=1
	mv	s1, t3
	li	a0, 0
	li	a2, 0
	mv	a1, s7
.LBB3_20:                               #   Parent Loop BB3_9 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB3_21 Depth 3
	li	a3, 0
.LBB3_21:                               #   Parent Loop BB3_9 Depth=1
                                        #     Parent Loop BB3_20 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	add	a4, a1, a3
	lw	a4, 0(a4)
	slliw	a5, a2, 5
	subw	a2, a5, a2
	addw	a2, a2, a4
	mul	a4, a2, s8
	srli	a4, a4, 32
	addw	a4, a4, a2
	srliw	a5, a4, 31
	sraiw	a4, a4, 19
	addw	a4, a4, a5
	mulw	a4, a4, s2
	addi	a3, a3, 4
	subw	a2, a2, a4
	bne	a3, s4, .LBB3_21
# %bb.22:                               #   in Loop: Header=BB3_20 Depth=2
	addi	a0, a0, 1
	addi	a1, a1, 480
	bne	a0, s6, .LBB3_20
# %bb.23:                               #   in Loop: Header=BB3_9 Depth=1
.LBB3_40:                               #   in Loop: Header=BB3_9 Depth=1
                                        # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB3_40)
	mv	a1, t1
	mv	s0, t1
	call	putf@plt
	mv	t1, s0
	ld	a7, 32(sp)                      # 8-byte Folded Reload
	ld	t0, 24(sp)                      # 8-byte Folded Reload
	li	t2, 97
	mv	t3, s1
	ld	t4, 16(sp)                      # 8-byte Folded Reload
	ld	t5, 8(sp)                       # 8-byte Folded Reload
	li	t6, 118
	ld	ra, 0(sp)                       # 8-byte Folded Reload
	j	.LBB3_8
.LBB3_24:
	call	stoptime@plt
	li	a0, 0
	li	a1, 0
	lui	a2, 549754
	addiw	a2, a2, 675
	lui	a3, 244
	addiw	a3, a3, 579
	li	a4, 480
	li	a6, 120
.LBB3_25:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_26 Depth 2
	li	s1, 0
.LBB3_26:                               #   Parent Loop BB3_25 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	add	s0, s10, s1
	lw	s0, 0(s0)
	slliw	a5, a1, 5
	subw	a1, a5, a1
	addw	a1, a1, s0
	mul	a5, a1, a2
	srli	a5, a5, 32
	addw	a5, a5, a1
	srliw	s0, a5, 31
	sraiw	a5, a5, 19
	addw	a5, a5, s0
	mulw	a5, a5, a3
	addi	s1, s1, 4
	subw	a1, a1, a5
	bne	s1, a4, .LBB3_26
# %bb.27:                               #   in Loop: Header=BB3_25 Depth=1
	addi	a0, a0, 1
	addi	s10, s10, 480
	bne	a0, a6, .LBB3_25
# %bb.28:
	li	a7, 0
	li	a2, 0
	lui	a3, 549754
	addiw	a3, a3, 675
	lui	a4, 244
	addiw	a4, a4, 579
	li	a5, 480
	li	a6, 120
.LBB3_29:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_30 Depth 2
	li	s0, 0
.LBB3_30:                               #   Parent Loop BB3_29 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	add	s1, s9, s0
	lw	s1, 0(s1)
	slliw	a0, a2, 5
	subw	a0, a0, a2
	addw	a0, a0, s1
	mul	a2, a0, a3
	srli	a2, a2, 32
	addw	a2, a2, a0
	srliw	s1, a2, 31
	sraiw	a2, a2, 19
	addw	a2, a2, s1
	mulw	a2, a2, a4
	addi	s0, s0, 4
	subw	a2, a0, a2
	bne	s0, a5, .LBB3_30
# %bb.31:                               #   in Loop: Header=BB3_29 Depth=1
	addi	a7, a7, 1
	addi	s9, s9, 480
	bne	a7, a6, .LBB3_29
# %bb.32:
.LBB3_41:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.1)
	addi	a0, a0, %pcrel_lo(.LBB3_41)
	call	putf@plt
.LBB3_42:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(heat)
	addi	a0, a0, %pcrel_lo(.LBB3_42)
	lui	a1, 7
	addiw	a1, a1, 368
	add	a0, a0, a1
	lw	a0, 0(a0)
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 168(sp)                     # 8-byte Folded Reload
	ld	s0, 160(sp)                     # 8-byte Folded Reload
	ld	s1, 152(sp)                     # 8-byte Folded Reload
	ld	s2, 144(sp)                     # 8-byte Folded Reload
	ld	s3, 136(sp)                     # 8-byte Folded Reload
	ld	s4, 128(sp)                     # 8-byte Folded Reload
	ld	s5, 120(sp)                     # 8-byte Folded Reload
	ld	s6, 112(sp)                     # 8-byte Folded Reload
	ld	s7, 104(sp)                     # 8-byte Folded Reload
	ld	s8, 96(sp)                      # 8-byte Folded Reload
	ld	s9, 88(sp)                      # 8-byte Folded Reload
	ld	s10, 80(sp)                     # 8-byte Folded Reload
	ld	s11, 72(sp)                     # 8-byte Folded Reload
	addi	sp, sp, 176
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	N,@object                       # @N
	.section	.rodata,"a",@progbits
	.globl	N
	.p2align	2
N:
	.word	120                             # 0x78
	.size	N, 4

	.type	LAST,@object                    # @LAST
	.globl	LAST
	.p2align	2
LAST:
	.word	119                             # 0x77
	.size	LAST, 4

	.type	seed,@object                    # @seed
	.section	.sbss,"aw",@nobits
	.globl	seed
	.p2align	2
seed:
	.word	0                               # 0x0
	.size	seed, 4

	.type	heat,@object                    # @heat
	.bss
	.globl	heat
	.p2align	2
heat:
	.zero	57600
	.size	heat, 57600

	.type	scratch,@object                 # @scratch
	.globl	scratch
	.p2align	2
scratch:
	.zero	57600
	.size	scratch, 57600

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"step %d: %d\n"
	.size	.L.str, 13

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"final %d %d\n"
	.size	.L.str.1, 13

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
