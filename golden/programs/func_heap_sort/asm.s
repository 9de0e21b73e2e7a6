	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_heap_sort.sy"
	.globl	sift_down                       # -- Begin function sift_down
	.p2align	1
	.type	sift_down,@function
sift_down:                              # @sift_down
# %bb.0:
	slliw	a5, a1, 1
	ori	a6, a5, 1
	bge	a6, a2, .LBB0_6
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	addiw	a7, a5, 2
	bge	a7, a2, .LBB0_3
# %bb.2:                                #   in Loop: Header=BB0_1 Depth=1
	slli	a3, a7, 2
	add	a3, a3, a0
	lw	a3, 0(a3)
	slli	a4, a6, 2
	add	a4, a4, a0
	lw	a4, 0(a4)
	blt	a4, a3, .LBB0_4
.LBB0_3:                                #   in Loop: Header=BB0_1 Depth=1
	mv	a7, a6
.LBB0_4:                                #   in Loop: Header=BB0_1 Depth=1
	sext.w	a1, a1
	slli	a1, a1, 2
	add	a5, a0, a1
	lw	a1, 0(a5)
	slli	a3, a7, 2
	add	a4, a0, a3
	lw	a3, 0(a4)
	bge	a1, a3, .LBB0_6
# %bb.5:                                #   in Loop: Header=BB0_1 Depth=1
	sw	a3, 0(a5)
	slliw	a5, a7, 1
	ori	a6, a5, 1
	sw	a1, 0(a4)
	mv	a1, a7
	blt	a6, a2, .LBB0_1
.LBB0_6:
	ret
.Lfunc_end0:
	.size	sift_down, .Lfunc_end0-sift_down
                                        # -- End function
	.globl	heapify                         # -- Begin function heapify
	.p2align	1
	.type	heapify,@function
heapify:                                # @heapify
# %bb.0:
	blez	a1, .LBB1_10
# %bb.1:
	addiw	a2, a1, -2
	srliw	a3, a2, 31
	addw	a2, a2, a3
	sraiw	a2, a2, 1
	j	.LBB1_3
.LBB1_2:                                #   in Loop: Header=BB1_3 Depth=1
	addiw	a2, a6, -1
	blez	a6, .LBB1_10
.LBB1_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_5 Depth 2
	mv	a6, a2
	slliw	a2, a2, 1
	ori	a7, a2, 1
	bge	a7, a1, .LBB1_2
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	mv	a5, a6
.LBB1_5:                                #   Parent Loop BB1_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addiw	t0, a2, 2
	bge	t0, a1, .LBB1_7
# %bb.6:                                #   in Loop: Header=BB1_5 Depth=2
	slli	a2, t0, 2
	add	a2, a2, a0
	lw	a2, 0(a2)
	slli	a3, a7, 2
	add	a3, a3, a0
	lw	a3, 0(a3)
	blt	a3, a2, .LBB1_8
.LBB1_7:                                #   in Loop: Header=BB1_5 Depth=2
	mv	t0, a7
.LBB1_8:                                #   in Loop: Header=BB1_5 Depth=2
	slli	a2, a5, 2
	add	a2, a2, a0
	lw	a5, 0(a2)
	slli	a3, t0, 2
	add	a4, a0, a3
	lw	a3, 0(a4)
	bge	a5, a3, .LBB1_2
# %bb.9:                                #   in Loop: Header=BB1_5 Depth=2
	sw	a3, 0(a2)
	slliw	a2, t0, 1
	ori	a7, a2, 1
	sw	a5, 0(a4)
	mv	a5, t0
	blt	a7, a1, .LBB1_5
	j	.LBB1_2
.LBB1_10:
	ret
.Lfunc_end1:
	.size	heapify, .Lfunc_end1-heapify
                                        # -- End function
	.globl	heap_sort                       # -- Begin function heap_sort
	.p2align	1
	.type	heap_sort,@function
heap_sort:                              # @heap_sort
# %bb.0:
	blez	a1, .LBB2_20
# %bb.1:
	addiw	a2, a1, -2
	srliw	a3, a2, 31
	addw	a2, a2, a3
	sraiw	a2, a2, 1
	j	.LBB2_3
.LBB2_2:                                #   in Loop: Header=BB2_3 Depth=1
	addiw	a2, a6, -1
	blez	a6, .LBB2_10
.LBB2_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_5 Depth 2
	mv	a6, a2
	slliw	a2, a2, 1
	ori	a7, a2, 1
	bge	a7, a1, .LBB2_2
# %bb.4:                                #   in Loop: Header=BB2_3 Depth=1
	mv	a5, a6
.LBB2_5:                                #   Parent Loop BB2_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addiw	t0, a2, 2
	bge	t0, a1, .LBB2_7
# %bb.6:                                #   in Loop: Header=BB2_5 Depth=2
	slli	a2, t0, 2
	add	a2, a2, a0
	lw	a2, 0(a2)
	slli	a3, a7, 2
	add	a3, a3, a0
	lw	a3, 0(a3)
	blt	a3, a2, .LBB2_8
.LBB2_7:                                #   in Loop: Header=BB2_5 Depth=2
	mv	t0, a7
.LBB2_8:                                #   in Loop: Header=BB2_5 Depth=2
	slli	a2, a5, 2
	add	a2, a2, a0
	lw	a5, 0(a2)
	slli	a3, t0, 2
	add	a4, a0, a3
	lw	a3, 0(a4)
	bge	a5, a3, .LBB2_2
# %bb.9:                                #   in Loop: Header=BB2_5 Depth=2
	sw	a3, 0(a2)
	slliw	a2, t0, 1
	ori	a7, a2, 1
	sw	a5, 0(a4)
	mv	a5, t0
	blt	a7, a1, .LBB2_5
	j	.LBB2_2
.LBB2_10:
	li	a6, 2
	blt	a1, a6, .LBB2_20
# %bb.11:
	slli	a2, a1, 32
	srli	a2, a2, 32
	j	.LBB2_13
.LBB2_12:                               #   in Loop: Header=BB2_13 Depth=1
	addi	a2, a7, -1
	bge	a6, a7, .LBB2_20
.LBB2_13:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_15 Depth 2
	addiw	a1, a1, -1
	slli	a3, a1, 32
	srli	a3, a3, 30
	add	a3, a3, a0
	lw	a4, 0(a3)
	lw	a5, 0(a0)
	mv	a7, a2
	sw	a4, 0(a0)
	sw	a5, 0(a3)
	bltu	a1, a6, .LBB2_12
# %bb.14:                               #   in Loop: Header=BB2_13 Depth=1
	li	a3, 0
	li	a2, 0
	li	a4, 1
.LBB2_15:                               #   Parent Loop BB2_13 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addiw	t0, a3, 2
	bge	t0, a1, .LBB2_17
# %bb.16:                               #   in Loop: Header=BB2_15 Depth=2
	slli	a3, t0, 2
	add	a3, a3, a0
	lw	a3, 0(a3)
	slli	a5, a4, 2
	add	a5, a5, a0
	lw	a5, 0(a5)
	blt	a5, a3, .LBB2_18
.LBB2_17:                               #   in Loop: Header=BB2_15 Depth=2
	mv	t0, a4
.LBB2_18:                               #   in Loop: Header=BB2_15 Depth=2
	slli	a2, a2, 2
	add	a3, a0, a2
	lw	a2, 0(a3)
	slli	a4, t0, 2
	add	a5, a0, a4
	lw	a4, 0(a5)
	bge	a2, a4, .LBB2_12
# %bb.19:                               #   in Loop: Header=BB2_15 Depth=2
	sw	a4, 0(a3)
	slliw	a3, t0, 1
	ori	a4, a3, 1
	sw	a2, 0(a5)
	mv	a2, t0
	blt	a4, a1, .LBB2_15
	j	.LBB2_12
.LBB2_20:
	ret
.Lfunc_end2:
	.size	heap_sort, .Lfunc_end2-heap_sort
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	sd	s0, 0(sp)                       # 8-byte Folded Spill
	li	a0, 0
	li	a5, 7
	li	a6, 37
	lui	a2, 166111
	addiw	a2, a2, 203
	li	a7, 101
.LBB3_16:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(h)
	addi	s0, s0, %pcrel_lo(.LBB3_16)
	li	a4, 160
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	mulw	a5, a5, a6
	addiw	a5, a5, 11
	mul	a1, a5, a2
	srli	a3, a1, 63
	srai	a1, a1, 36
	addw	a1, a1, a3
	mulw	a1, a1, a7
	subw	a5, a5, a1
	addiw	a1, a5, -50
	add	a3, s0, a0
	addi	a0, a0, 4
	sw	a1, 0(a3)
	bne	a0, a4, .LBB3_1
# %bb.2:
	li	a2, 19
	li	a0, 39
	li	a7, 40
	j	.LBB3_4
.LBB3_3:                                #   in Loop: Header=BB3_4 Depth=1
	addiw	a2, a6, -1
	beqz	a6, .LBB3_10
.LBB3_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_5 Depth 2
	mv	a6, a2
	slliw	a2, a2, 1
	ori	a5, a2, 1
	mv	a4, a6
.LBB3_5:                                #   Parent Loop BB3_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addiw	a3, a2, 2
	blt	a0, a3, .LBB3_7
# %bb.6:                                #   in Loop: Header=BB3_5 Depth=2
	slli	a1, a3, 2
	add	a1, a1, s0
	lw	a1, 0(a1)
	slli	a2, a5, 2
	add	a2, a2, s0
	lw	a2, 0(a2)
	blt	a2, a1, .LBB3_8
.LBB3_7:                                #   in Loop: Header=BB3_5 Depth=2
	mv	a3, a5
.LBB3_8:                                #   in Loop: Header=BB3_5 Depth=2
	slli	a1, a4, 2
	add	a2, s0, a1
	lw	a4, 0(a2)
	slli	a1, a3, 2
	add	a1, a1, s0
	lw	a5, 0(a1)
	bge	a4, a5, .LBB3_3
# %bb.9:                                #   in Loop: Header=BB3_5 Depth=2
	sw	a5, 0(a2)
	slliw	a2, a3, 1
	ori	a5, a2, 1
	sw	a4, 0(a1)
	mv	a4, a3
	blt	a5, a7, .LBB3_5
	j	.LBB3_3
.LBB3_10:
	li	a0, 15
	mv	a1, s0
	call	putarray@plt
	li	a1, 40
	mv	a0, s0
	call	heap_sort
	li	a0, 40
	mv	a1, s0
	call	putarray@plt
	lw	a2, 0(s0)
	li	a0, 4
	li	a1, 160
.LBB3_11:                               # =>This Inner Loop Header: Depth=1
	mv	a3, a2
	add	a2, s0, a0
	lw	a2, 0(a2)
	blt	a2, a3, .LBB3_14
# %bb.12:                               #   in Loop: Header=BB3_11 Depth=1
	addi	a0, a0, 4
	bne	a0, a1, .LBB3_11
# %bb.13:
	lw	a0, 156(s0)
	addiw	a0, a0, 100
	j	.LBB3_15
.LBB3_14:
	li	a0, 1
.LBB3_15:
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	h,@object                       # @h
	.bss
	.globl	h
	.p2align	2
h:
	.zero	256
	.size	h, 256

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
