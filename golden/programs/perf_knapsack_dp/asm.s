	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_knapsack_dp.sy"
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -96
	sd	ra, 88(sp)                      # 8-byte Folded Spill
	sd	s0, 80(sp)                      # 8-byte Folded Spill
	sd	s1, 72(sp)                      # 8-byte Folded Spill
	sd	s2, 64(sp)                      # 8-byte Folded Spill
	sd	s3, 56(sp)                      # 8-byte Folded Spill
	sd	s4, 48(sp)                      # 8-byte Folded Spill
	sd	s5, 40(sp)                      # 8-byte Folded Spill
	sd	s6, 32(sp)                      # 8-byte Folded Spill
	sd	s7, 24(sp)                      # 8-byte Folded Spill
	sd	s8, 16(sp)                      # 8-byte Folded Spill
	sd	s9, 8(sp)                       # 8-byte Folded Spill
	call	getint@plt
	mv	s5, a0
	call	getint@plt
	mv	s4, a0
	slli	s3, a0, 2
.LBB0_18:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(best)
	addi	s2, s2, %pcrel_lo(.LBB0_18)
	blez	s5, .LBB0_15
# %bb.1:
	li	s0, 0
	li	s8, 0
	li	t6, 3
	li	t4, 75
	lui	a0, 524280
	addiw	t5, a0, 1
	lui	a0, 419430
	addiw	t1, a0, 1639
	li	a6, 40
	lui	a0, 335544
	addiw	t2, a0, 1311
	li	a7, 100
	lui	a0, 174763
	addiw	t3, a0, -1365
	li	t0, 6
.LBB0_19:                               # Label of block must be emitted
	auipc	s7, %pcrel_hi(wt)
	addi	s7, s7, %pcrel_lo(.LBB0_19)
.LBB0_20:                               # Label of block must be emitted
	auipc	s6, %pcrel_hi(val)
	addi	s6, s6, %pcrel_lo(.LBB0_20)
	j	.LBB0_3
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	addiw	s8, s8, 1
	bge	s8, s5, .LBB0_7
.LBB0_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_5 Depth 2
	mulw	a0, t6, t4
	addiw	a0, a0, 74
	mul	a1, a0, t5
	srli	a2, a1, 63
	srai	a1, a1, 47
	addw	a1, a1, a2
	slliw	a2, a1, 16
	addw	a1, a1, a2
	subw	a0, a0, a1
	mul	a1, a0, t1
	srli	a2, a1, 63
	srai	a1, a1, 32
	srli	a1, a1, 4
	addw	a1, a1, a2
	mulw	a1, a1, a6
	subw	a1, a0, a1
	addiw	s9, a1, 5
	mulw	a0, a0, t4
	addiw	a0, a0, 74
	mul	a1, a0, t5
	srli	a2, a1, 63
	srai	a1, a1, 47
	addw	a1, a1, a2
	slliw	a2, a1, 16
	addw	a1, a1, a2
	subw	a0, a0, a1
	mul	a1, a0, t2
	srli	a2, a1, 63
	srai	a1, a1, 32
	srli	a1, a1, 5
	addw	a1, a1, a2
	mulw	a1, a1, a7
	subw	a1, a0, a1
	addiw	a4, a1, 1
	mulw	a0, a0, t4
	addiw	a0, a0, 74
	mul	a1, a0, t5
	srli	a2, a1, 63
	srai	a1, a1, 47
	addw	a1, a1, a2
	slliw	a2, a1, 16
	addw	a1, a1, a2
	subw	t6, a0, a1
	mul	a0, t6, t3
	srli	a1, a0, 63
	srli	a0, a0, 32
	addw	a0, a0, a1
	mulw	a0, a0, t0
	subw	a0, t6, a0
	addiw	s1, a0, 1
	sext.w	s0, s0
	slli	a0, s0, 2
	add	a1, s7, a0
	add	a2, s6, a0
	li	a0, 1
	j	.LBB0_5
.LBB0_4:                                #   in Loop: Header=BB0_5 Depth=2
	mulw	a3, a5, s9
	sw	a3, 0(a1)
	mulw	a3, a5, a4
	sw	a3, 0(a2)
	addi	s0, s0, 1
	subw	s1, s1, a5
	slliw	a0, a0, 1
	addi	a1, a1, 4
	addi	a2, a2, 4
	blez	s1, .LBB0_2
.LBB0_5:                                #   Parent Loop BB0_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a5, s1
	blt	s1, a0, .LBB0_4
# %bb.6:                                #   in Loop: Header=BB0_5 Depth=2
	mv	a5, a0
	j	.LBB0_4
.LBB0_7:
	sext.w	s1, s0
	call	starttime@plt
	blez	s1, .LBB0_17
# %bb.8:
	li	t1, 0
	slli	a1, s0, 32
	srli	t0, a1, 32
	addi	a6, s4, 1
	add	a7, s2, s3
	j	.LBB0_10
.LBB0_9:                                #   in Loop: Header=BB0_10 Depth=1
	addi	t1, t1, 1
	beq	t1, t0, .LBB0_16
.LBB0_10:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_13 Depth 2
	slli	a2, t1, 2
	add	a1, s7, a2
	lw	a4, 0(a1)
	blt	s4, a4, .LBB0_9
# %bb.11:                               #   in Loop: Header=BB0_10 Depth=1
	add	a1, s6, a2
	lw	a5, 0(a1)
	slli	a1, a4, 2
	neg	s1, a1
	mv	a3, a7
	mv	a2, a6
	j	.LBB0_13
.LBB0_12:                               #   in Loop: Header=BB0_13 Depth=2
	addi	a2, a2, -1
	addi	a3, a3, -4
	bge	a4, a2, .LBB0_9
.LBB0_13:                               #   Parent Loop BB0_10 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	add	a1, a3, s1
	lw	a1, 0(a1)
	lw	a0, 0(a3)
	addw	a1, a1, a5
	bge	a0, a1, .LBB0_12
# %bb.14:                               #   in Loop: Header=BB0_13 Depth=2
	sw	a1, 0(a3)
	j	.LBB0_12
.LBB0_15:
	call	starttime@plt
	li	s1, 0
	j	.LBB0_17
.LBB0_16:
	mv	s1, s0
.LBB0_17:
	call	stoptime@plt
	add	s0, s2, s3
	lw	a2, 0(s0)
	sext.w	a1, s1
.LBB0_21:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB0_21)
	call	putf@plt
	srliw	a0, s4, 31
	addw	a0, s4, a0
	slli	a0, a0, 1
	andi	a0, a0, -4
	add	a0, a0, s2
	lw	a1, 0(a0)
.LBB0_22:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.1)
	addi	a0, a0, %pcrel_lo(.LBB0_22)
	call	putf@plt
	lw	a0, 0(s0)
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 88(sp)                      # 8-byte Folded Reload
	ld	s0, 80(sp)                      # 8-byte Folded Reload
	ld	s1, 72(sp)                      # 8-byte Folded Reload
	ld	s2, 64(sp)                      # 8-byte Folded Reload
	ld	s3, 56(sp)                      # 8-byte Folded Reload
	ld	s4, 48(sp)                      # 8-byte Folded Reload
	ld	s5, 40(sp)                      # 8-byte Folded Reload
	ld	s6, 32(sp)                      # 8-byte Folded Reload
	ld	s7, 24(sp)                      # 8-byte Folded Reload
	ld	s8, 16(sp)                      # 8-byte Folded Reload
	ld	s9, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 96
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	wt,@object                      # @wt
	.bss
	.globl	wt
	.p2align	2
wt:
	.zero	8000
	.size	wt, 8000

	.type	val,@object                     # @val
	.globl	val
	.p2align	2
val:
	.zero	8000
	.size	val, 8000

	.type	best,@object                    # @best
	.globl	best
	.p2align	2
best:
	.zero	80004
	.size	best, 80004

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"items=%d best=%d\n"
	.size	.L.str, 18

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"half capacity: %d\n"
	.size	.L.str.1, 19

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
