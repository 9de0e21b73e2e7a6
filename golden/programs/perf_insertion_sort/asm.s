	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_insertion_sort.sy"
	.globl	greater                         # -- Begin function greater
	.p2align	1
	.type	greater,@function
greater:                                # @greater
# %bb.0:
	slt	a0, a1, a0
	ret
.Lfunc_end0:
	.size	greater, .Lfunc_end0-greater
                                        # -- End function
	.globl	insertion_sort                  # -- Begin function insertion_sort
	.p2align	1
	.type	insertion_sort,@function
insertion_sort:                         # @insertion_sort
# %bb.0:
	addi	sp, sp, -16
	sd	s0, 8(sp)                       # 8-byte Folded Spill
	li	a1, 2
	blt	a0, a1, .LBB1_8
# %bb.1:
	li	a6, 0
	li	a1, -1
	srli	a2, a1, 32
.LBB1_9:                                # Label of block must be emitted
	auipc	t5, %pcrel_hi(idx)
	addi	t5, t5, %pcrel_lo(.LBB1_9)
	addi	t0, t5, 4
.LBB1_10:                               # Label of block must be emitted
	auipc	t6, %pcrel_hi(keys)
	addi	t6, t6, %pcrel_lo(.LBB1_10)
	addi	t1, t6, 4
	slli	a0, a0, 32
	srli	a7, a0, 32
	li	t3, 1
	li	t4, 1
	j	.LBB1_4
.LBB1_2:                                #   in Loop: Header=BB1_4 Depth=1
	addi	a0, a3, 1
.LBB1_3:                                #   in Loop: Header=BB1_4 Depth=1
	slli	a0, a0, 32
	srai	a0, a0, 30
	add	a3, t6, a0
	sw	a1, 0(a3)
	add	a0, a0, t5
	sw	t2, 0(a0)
	addi	t4, t4, 1
	addi	a6, a6, 1
	addi	t0, t0, 4
	addi	t1, t1, 4
	beq	t4, a7, .LBB1_8
.LBB1_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_5 Depth 2
	slli	a0, t4, 2
	add	a1, t6, a0
	lw	a1, 0(a1)
	add	a0, a0, t5
	lw	t2, 0(a0)
	mv	a0, t1
	mv	a4, t0
	mv	a3, a6
.LBB1_5:                                #   Parent Loop BB1_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	add	a5, a2, a3
	addi	a5, a5, 1
	and	a5, a5, a2
	slli	a5, a5, 2
	add	s0, t6, a5
	lw	s0, 0(s0)
	bge	a1, s0, .LBB1_2
# %bb.6:                                #   in Loop: Header=BB1_5 Depth=2
	add	a5, a5, t5
	lw	a5, 0(a5)
	sw	s0, 0(a0)
	sw	a5, 0(a4)
	addi	a5, a3, 1
	addi	a3, a3, -1
	addi	a4, a4, -4
	addi	a0, a0, -4
	blt	t3, a5, .LBB1_5
# %bb.7:                                #   in Loop: Header=BB1_4 Depth=1
	li	a0, 0
	j	.LBB1_3
.LBB1_8:
	ld	s0, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end1:
	.size	insertion_sort, .Lfunc_end1-insertion_sort
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
	mv	s3, a0
	call	getint@plt
	blez	s3, .LBB2_11
# %bb.1:
	li	a1, 0
.LBB2_24:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(idx)
	addi	a2, a2, %pcrel_lo(.LBB2_24)
	slli	a3, s3, 32
	srli	s2, a3, 32
.LBB2_25:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(keys)
	addi	a3, a3, %pcrel_lo(.LBB2_25)
	lui	a4, 2
	addiw	a6, a4, -71
	lui	a4, 7
	addiw	t0, a4, -261
	lui	a4, 255546
	addiw	t1, a4, 1383
	lui	a4, 33
	addiw	s0, a4, -712
	lui	a4, 67109
	addiw	a4, a4, -557
	li	a7, 500
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	mulw	a0, a0, a6
	addw	a0, a0, t0
	mul	a5, a0, t1
	srli	s1, a5, 63
	srai	a5, a5, 47
	addw	a5, a5, s1
	mulw	a5, a5, s0
	subw	a0, a0, a5
	mul	a5, a0, a4
	srli	s1, a5, 63
	srai	a5, a5, 37
	addw	a5, a5, s1
	mulw	a5, a5, a7
	subw	a5, a0, a5
	sw	a5, 0(a3)
	sw	a1, 0(a2)
	addi	a1, a1, 1
	addi	a2, a2, 4
	addi	a3, a3, 4
	bne	s2, a1, .LBB2_2
# %bb.3:
	call	starttime@plt
	li	a0, 2
	blt	s3, a0, .LBB2_12
# %bb.4:
	li	a6, 0
	li	a0, -1
	srli	a1, a0, 32
.LBB2_26:                               # Label of block must be emitted
	auipc	s4, %pcrel_hi(idx)
	addi	s4, s4, %pcrel_lo(.LBB2_26)
	addi	t0, s4, 4
.LBB2_27:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(keys)
	addi	s0, s0, %pcrel_lo(.LBB2_27)
	addi	t1, s0, 4
	li	t2, 1
	li	t3, 1
	j	.LBB2_7
.LBB2_5:                                #   in Loop: Header=BB2_7 Depth=1
	addi	a2, a4, 1
.LBB2_6:                                #   in Loop: Header=BB2_7 Depth=1
	slli	a2, a2, 32
	srai	a2, a2, 30
	add	a3, s0, a2
	sw	a0, 0(a3)
	add	a0, s4, a2
	sw	a7, 0(a0)
	addi	t3, t3, 1
	addi	a6, a6, 1
	addi	t0, t0, 4
	addi	t1, t1, 4
	beq	t3, s2, .LBB2_15
.LBB2_7:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_8 Depth 2
	slli	a2, t3, 2
	add	a0, s0, a2
	lw	a0, 0(a0)
	add	a2, a2, s4
	lw	a7, 0(a2)
	mv	a3, t1
	mv	a2, t0
	mv	a4, a6
.LBB2_8:                                #   Parent Loop BB2_7 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	add	a5, a1, a4
	addi	a5, a5, 1
	and	a5, a5, a1
	slli	a5, a5, 2
	add	s1, s0, a5
	lw	s1, 0(s1)
	bge	a0, s1, .LBB2_5
# %bb.9:                                #   in Loop: Header=BB2_8 Depth=2
	add	a5, a5, s4
	lw	a5, 0(a5)
	sw	s1, 0(a3)
	sw	a5, 0(a2)
	addi	a5, a4, 1
	addi	a4, a4, -1
	addi	a2, a2, -4
	addi	a3, a3, -4
	blt	t2, a5, .LBB2_8
# %bb.10:                               #   in Loop: Header=BB2_7 Depth=1
	li	a2, 0
	j	.LBB2_6
.LBB2_11:
	call	starttime@plt
.LBB2_12:
	call	stoptime@plt
.LBB2_13:
	li	s3, 0
	li	a1, 1
.LBB2_14:
.LBB2_28:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_28)
	mv	a2, s3
	call	putf@plt
.LBB2_29:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(idx)
	addi	a1, a1, %pcrel_lo(.LBB2_29)
	li	a0, 10
	call	putarray@plt
	sraiw	a0, s3, 31
	srliw	a0, a0, 24
	add	a0, a0, s3
	andi	a0, a0, -256
	subw	a0, s3, a0
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	ld	s4, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.LBB2_15:
	call	stoptime@plt
	li	a0, 2
	blt	s3, a0, .LBB2_13
# %bb.16:
	li	s3, 0
	lw	a4, 0(s0)
	addi	a0, s4, 4
	addi	a2, s0, 4
	addi	a3, s2, -1
	li	s0, 1
	lui	a1, 549765
	addiw	a6, a1, 655
	lui	a1, 244
	addiw	a7, a1, 559
	j	.LBB2_18
.LBB2_17:                               #   in Loop: Header=BB2_18 Depth=1
	slliw	a4, s3, 2
	addw	a4, a4, s3
	addw	a4, a4, a5
	mul	a5, a4, a6
	srli	a5, a5, 32
	addw	a5, a5, a4
	srliw	s0, a5, 31
	sraiw	a5, a5, 19
	addw	a5, a5, s0
	mulw	a5, a5, a7
	subw	s3, a4, a5
	addi	a0, a0, 4
	addi	a3, a3, -1
	addi	a2, a2, 4
	mv	a4, s1
	mv	s0, a1
	beqz	a3, .LBB2_14
.LBB2_18:                               # =>This Inner Loop Header: Depth=1
	lw	s1, 0(a2)
	bne	s1, a4, .LBB2_22
# %bb.19:                               #   in Loop: Header=BB2_18 Depth=1
	lw	a5, 0(a0)
	lw	t0, -4(a0)
	li	a1, 0
	blt	a5, t0, .LBB2_21
# %bb.20:                               #   in Loop: Header=BB2_18 Depth=1
	mv	a1, s0
.LBB2_21:                               #   in Loop: Header=BB2_18 Depth=1
	mv	s0, a1
	li	a1, 0
	blt	s1, a4, .LBB2_17
	j	.LBB2_23
.LBB2_22:                               #   in Loop: Header=BB2_18 Depth=1
	lw	a5, 0(a0)
	li	a1, 0
	blt	s1, a4, .LBB2_17
.LBB2_23:                               #   in Loop: Header=BB2_18 Depth=1
	mv	a1, s0
	j	.LBB2_17
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	keys,@object                    # @keys
	.bss
	.globl	keys
	.p2align	2
keys:
	.zero	12000
	.size	keys, 12000

	.type	idx,@object                     # @idx
	.globl	idx
	.p2align	2
idx:
	.zero	12000
	.size	idx, 12000

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"stable=%d check=%d\n"
	.size	.L.str, 20

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
