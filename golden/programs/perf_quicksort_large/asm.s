	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_quicksort_large.sy"
	.globl	less                            # -- Begin function less
	.p2align	1
	.type	less,@function
less:                                   # @less
# %bb.0:
	slt	a0, a0, a1
	ret
.Lfunc_end0:
	.size	less, .Lfunc_end0-less
                                        # -- End function
	.globl	small_sort                      # -- Begin function small_sort
	.p2align	1
	.type	small_sort,@function
small_sort:                             # @small_sort
# %bb.0:
	bge	a0, a1, .LBB1_9
# %bb.1:
	addiw	a6, a0, -1
	slli	a2, a0, 2
.LBB1_10:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(a)
	addi	a7, a7, %pcrel_lo(.LBB1_10)
	add	a2, a2, a7
	addi	t1, a2, 4
	mv	t0, a0
	j	.LBB1_4
.LBB1_2:                                #   in Loop: Header=BB1_4 Depth=1
	mv	a3, a5
.LBB1_3:                                #   in Loop: Header=BB1_4 Depth=1
	addiw	a2, a3, 1
	slli	a2, a2, 2
	add	a2, a2, a7
	sw	t2, 0(a2)
	addi	t1, t1, 4
	beq	t0, a1, .LBB1_9
.LBB1_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_6 Depth 2
	mv	a3, t0
	addi	t0, t0, 1
	slli	a2, t0, 2
	add	a2, a2, a7
	lw	t2, 0(a2)
	blt	a3, a0, .LBB1_3
# %bb.5:                                #   in Loop: Header=BB1_4 Depth=1
	mv	a4, t1
.LBB1_6:                                #   Parent Loop BB1_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a2, -4(a4)
	mv	a5, a3
	bge	t2, a2, .LBB1_2
# %bb.7:                                #   in Loop: Header=BB1_6 Depth=2
	sw	a2, 0(a4)
	addi	a3, a5, -1
	addi	a4, a4, -4
	blt	a0, a5, .LBB1_6
# %bb.8:                                #   in Loop: Header=BB1_4 Depth=1
	mv	a3, a6
	j	.LBB1_3
.LBB1_9:
	ret
.Lfunc_end1:
	.size	small_sort, .Lfunc_end1-small_sort
                                        # -- End function
	.globl	swap                            # -- Begin function swap
	.p2align	1
	.type	swap,@function
swap:                                   # @swap
# %bb.0:
	slli	a0, a0, 2
.LBB2_1:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(a)
	addi	a2, a2, %pcrel_lo(.LBB2_1)
	add	a0, a0, a2
	slli	a1, a1, 2
	add	a1, a1, a2
	lw	a2, 0(a1)
	lw	a3, 0(a0)
	sw	a2, 0(a0)
	sw	a3, 0(a1)
	ret
.Lfunc_end2:
	.size	swap, .Lfunc_end2-swap
                                        # -- End function
	.globl	qsort_rec                       # -- Begin function qsort_rec
	.p2align	1
	.type	qsort_rec,@function
qsort_rec:                              # @qsort_rec
# %bb.0:
	addi	sp, sp, -80
	sd	ra, 72(sp)                      # 8-byte Folded Spill
	sd	s0, 64(sp)                      # 8-byte Folded Spill
	sd	s1, 56(sp)                      # 8-byte Folded Spill
	sd	s2, 48(sp)                      # 8-byte Folded Spill
	sd	s3, 40(sp)                      # 8-byte Folded Spill
	sd	s4, 32(sp)                      # 8-byte Folded Spill
	sd	s5, 24(sp)                      # 8-byte Folded Spill
	sd	s6, 16(sp)                      # 8-byte Folded Spill
	sd	s7, 8(sp)                       # 8-byte Folded Spill
	mv	s2, a1
	mv	s6, a0
	subw	a0, a1, a0
	li	s3, 12
.LBB3_28:                               # Label of block must be emitted
	auipc	s7, %pcrel_hi(a)
	addi	s7, s7, %pcrel_lo(.LBB3_28)
	blt	a0, s3, .LBB3_18
# %bb.1:
	slli	a1, s2, 2
	add	s4, s7, a1
	addiw	s5, s2, 1
	j	.LBB3_3
.LBB3_2:                                #   in Loop: Header=BB3_3 Depth=1
	addi	s6, s1, 1
	call	qsort_rec
	subw	a0, s2, s6
	blt	a0, s3, .LBB3_17
.LBB3_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_11 Depth 2
                                        #       Child Loop BB3_12 Depth 3
                                        #       Child Loop BB3_14 Depth 3
	srliw	a0, a0, 1
	addw	a0, a0, s6
	slli	a0, a0, 2
	add	a1, s7, a0
	lw	a3, 0(a1)
	sext.w	a0, s6
	slli	a2, a0, 2
	add	a4, s7, a2
	lw	a2, 0(a4)
	bge	a3, a2, .LBB3_5
# %bb.4:                                #   in Loop: Header=BB3_3 Depth=1
	sw	a2, 0(a1)
	sw	a3, 0(a4)
	lw	a6, 0(s4)
	blt	a6, a3, .LBB3_6
	j	.LBB3_7
.LBB3_5:                                #   in Loop: Header=BB3_3 Depth=1
	mv	a3, a2
	lw	a6, 0(s4)
	bge	a6, a3, .LBB3_7
.LBB3_6:                                #   in Loop: Header=BB3_3 Depth=1
	sw	a3, 0(s4)
	sw	a6, 0(a4)
	lw	a6, 0(s4)
.LBB3_7:                                #   in Loop: Header=BB3_3 Depth=1
	lw	a2, 0(a1)
	bge	a6, a2, .LBB3_9
# %bb.8:                                #   in Loop: Header=BB3_3 Depth=1
	sw	a2, 0(s4)
	sw	a6, 0(a1)
	j	.LBB3_10
.LBB3_9:                                #   in Loop: Header=BB3_3 Depth=1
	mv	a6, a2
.LBB3_10:                               #   in Loop: Header=BB3_3 Depth=1
	addiw	a3, s6, -1
	mv	s1, s5
.LBB3_11:                               #   Parent Loop BB3_3 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB3_12 Depth 3
                                        #       Child Loop BB3_14 Depth 3
	sext.w	a3, a3
	slli	a1, a3, 2
	add	a1, a1, s7
	addi	a4, a1, 4
.LBB3_12:                               #   Parent Loop BB3_3 Depth=1
                                        #     Parent Loop BB3_11 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	lw	a5, 0(a4)
	addi	a3, a3, 1
	addi	a4, a4, 4
	blt	a5, a6, .LBB3_12
# %bb.13:                               #   in Loop: Header=BB3_11 Depth=2
	sext.w	s1, s1
	slli	a1, s1, 2
	add	s0, s7, a1
.LBB3_14:                               #   Parent Loop BB3_3 Depth=1
                                        #     Parent Loop BB3_11 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	lw	a2, -4(s0)
	addi	s1, s1, -1
	addi	s0, s0, -4
	blt	a6, a2, .LBB3_14
# %bb.15:                               #   in Loop: Header=BB3_11 Depth=2
	sext.w	a7, a3
	sext.w	a1, s1
	bge	a7, a1, .LBB3_2
# %bb.16:                               #   in Loop: Header=BB3_11 Depth=2
	sw	a2, -4(a4)
	sw	a5, 0(s0)
	j	.LBB3_11
.LBB3_17:
	addi	s6, s1, 1
.LBB3_18:
	sext.w	a0, s6
	bge	a0, s2, .LBB3_27
# %bb.19:
	addiw	a6, s6, -1
	slli	a1, a0, 2
	add	a1, a1, s7
	addi	s1, a1, 4
	mv	s0, a0
	j	.LBB3_22
.LBB3_20:                               #   in Loop: Header=BB3_22 Depth=1
	mv	a3, a5
.LBB3_21:                               #   in Loop: Header=BB3_22 Depth=1
	addiw	a1, a3, 1
	slli	a1, a1, 2
	add	a1, a1, s7
	sw	a4, 0(a1)
	addi	s1, s1, 4
	beq	s0, s2, .LBB3_27
.LBB3_22:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_24 Depth 2
	mv	a3, s0
	addi	s0, s0, 1
	slli	a1, s0, 2
	add	a1, a1, s7
	lw	a4, 0(a1)
	blt	a3, a0, .LBB3_21
# %bb.23:                               #   in Loop: Header=BB3_22 Depth=1
	mv	a2, s1
.LBB3_24:                               #   Parent Loop BB3_22 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a1, -4(a2)
	mv	a5, a3
	bge	a4, a1, .LBB3_20
# %bb.25:                               #   in Loop: Header=BB3_24 Depth=2
	sw	a1, 0(a2)
	addi	a3, a5, -1
	addi	a2, a2, -4
	blt	a0, a5, .LBB3_24
# %bb.26:                               #   in Loop: Header=BB3_22 Depth=1
	mv	a3, a6
	j	.LBB3_21
.LBB3_27:
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	ld	s1, 56(sp)                      # 8-byte Folded Reload
	ld	s2, 48(sp)                      # 8-byte Folded Reload
	ld	s3, 40(sp)                      # 8-byte Folded Reload
	ld	s4, 32(sp)                      # 8-byte Folded Reload
	ld	s5, 24(sp)                      # 8-byte Folded Reload
	ld	s6, 16(sp)                      # 8-byte Folded Reload
	ld	s7, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 80
	ret
.Lfunc_end3:
	.size	qsort_rec, .Lfunc_end3-qsort_rec
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
	sd	s4, 0(sp)                       # 8-byte Folded Spill
	call	getint@plt
	mv	s4, a0
	call	getint@plt
	slli	s3, s4, 32
	blez	s4, .LBB4_3
# %bb.1:
	srli	a1, s3, 32
.LBB4_13:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(a)
	addi	a2, a2, %pcrel_lo(.LBB4_13)
	li	a3, 1103
	lui	a4, 549754
	addiw	a4, a4, 675
	lui	a5, 244
	addiw	a5, a5, 579
.LBB4_2:                                # =>This Inner Loop Header: Depth=1
	addiw	a0, a0, 11
	mulw	a0, a0, a3
	addiw	a0, a0, 212
	mul	s1, a0, a4
	srli	s1, s1, 32
	addw	s1, s1, a0
	srliw	s0, s1, 31
	sraiw	s1, s1, 19
	addw	s1, s1, s0
	mulw	s1, s1, a5
	subw	a0, a0, s1
	sw	a0, 0(a2)
	addi	a1, a1, -1
	addi	a2, a2, 4
	bnez	a1, .LBB4_2
.LBB4_3:
	call	starttime@plt
	addiw	s2, s4, -1
	li	a0, 0
	mv	a1, s2
	call	qsort_rec
	call	stoptime@plt
	li	a0, 2
	li	a1, 1
	blt	s4, a0, .LBB4_8
# %bb.4:
	srli	a1, s3, 32
.LBB4_14:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(a)
	addi	a0, a0, %pcrel_lo(.LBB4_14)
	lw	a2, 0(a0)
	addi	a0, a0, 4
	addi	a3, a1, -1
	li	a4, 1
	j	.LBB4_6
.LBB4_5:                                #   in Loop: Header=BB4_6 Depth=1
	addi	a3, a3, -1
	addi	a0, a0, 4
	mv	a4, a1
	beqz	a3, .LBB4_8
.LBB4_6:                                # =>This Inner Loop Header: Depth=1
	mv	a5, a2
	lw	a2, 0(a0)
	li	a1, 0
	blt	a2, a5, .LBB4_5
# %bb.7:                                #   in Loop: Header=BB4_6 Depth=1
	mv	a1, a4
	j	.LBB4_5
.LBB4_8:
.LBB4_15:                               # Label of block must be emitted
	auipc	a6, %pcrel_hi(a)
	addi	a6, a6, %pcrel_lo(.LBB4_15)
	blez	s4, .LBB4_11
# %bb.9:
	li	a2, 0
	li	s1, 0
	srli	a7, s3, 32
	lui	a0, 67109
	addiw	a4, a0, -557
	li	t0, 1000
	lui	a0, 549754
	addiw	t1, a0, 675
	lui	a0, 244
	addiw	t2, a0, 579
	mv	a3, a6
.LBB4_10:                               # =>This Inner Loop Header: Depth=1
	lw	a5, 0(a3)
	mul	s0, a5, a4
	srli	a0, s0, 63
	srai	s0, s0, 32
	srli	s0, s0, 6
	addw	a0, a0, s0
	mulw	a0, a0, t0
	subw	a0, a5, a0
	slli	a5, a2, 32
	srli	a5, a5, 32
	mul	a5, a5, a4
	srli	a5, a5, 38
	mulw	a5, a5, t0
	subw	a5, a2, a5
	mulw	a0, a0, a5
	addw	a0, a0, s1
	mul	a5, a0, t1
	srli	a5, a5, 32
	addw	a5, a5, a0
	srliw	s1, a5, 31
	sraiw	a5, a5, 19
	addw	a5, a5, s1
	mulw	a5, a5, t2
	subw	s1, a0, a5
	addi	a2, a2, 37
	addi	a3, a3, 148
	bltu	a2, a7, .LBB4_10
	j	.LBB4_12
.LBB4_11:
	li	s1, 0
.LBB4_12:
	lw	a2, 0(a6)
	srliw	a0, s4, 31
	addw	a0, s4, a0
	slli	a0, a0, 1
	andi	a0, a0, -4
	add	a0, a0, a6
	lw	a3, 0(a0)
	slli	a0, s2, 2
	add	a0, a0, a6
	lw	a4, 0(a0)
.LBB4_16:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB4_16)
	mv	a5, s1
	call	putf@plt
	sraiw	a0, s1, 31
	srliw	a0, a0, 24
	add	a0, a0, s1
	andi	a0, a0, -256
	subw	a0, s1, a0
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	ld	s4, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.type	a,@object                       # @a
	.bss
	.globl	a
	.p2align	2
a:
	.zero	800000
	.size	a, 800000

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"sorted=%d min=%d median=%d max=%d check=%d\n"
	.size	.L.str, 44

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
