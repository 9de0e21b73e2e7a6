	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_quick_sort.sy"
	.globl	next_rand                       # -- Begin function next_rand
	.p2align	1
	.type	next_rand,@function
next_rand:                              # @next_rand
# %bb.0:
.LBB0_1:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(seed)
	addi	a1, a1, %pcrel_lo(.LBB0_1)
	lw	a0, 0(a1)
	addiw	a0, a0, 11
	li	a2, 1103
	mulw	a0, a0, a2
	addiw	a0, a0, 212
	lui	a2, 549754
	addiw	a2, a2, 675
	mul	a2, a0, a2
	srli	a2, a2, 32
	addw	a2, a2, a0
	srliw	a3, a2, 31
	sraiw	a2, a2, 19
	addw	a2, a2, a3
	lui	a3, 244
	addiw	a3, a3, 579
	mulw	a2, a2, a3
	subw	a0, a0, a2
	sw	a0, 0(a1)
	ret
.Lfunc_end0:
	.size	next_rand, .Lfunc_end0-next_rand
                                        # -- End function
	.globl	swap                            # -- Begin function swap
	.p2align	1
	.type	swap,@function
swap:                                   # @swap
# %bb.0:
	slli	a1, a1, 2
	add	a1, a1, a0
	slli	a2, a2, 2
	add	a0, a0, a2
	lw	a2, 0(a0)
	lw	a3, 0(a1)
	sw	a2, 0(a1)
	sw	a3, 0(a0)
	ret
.Lfunc_end1:
	.size	swap, .Lfunc_end1-swap
                                        # -- End function
	.globl	partition                       # -- Begin function partition
	.p2align	1
	.type	partition,@function
partition:                              # @partition
# %bb.0:
	slli	a3, a2, 2
	add	a6, a0, a3
	lw	a7, 0(a6)
	addiw	t0, a1, -1
	bge	a1, a2, .LBB2_6
# %bb.1:
	slli	a3, a1, 2
	add	a3, a3, a0
	sub	a1, a2, a1
	j	.LBB2_3
.LBB2_2:                                #   in Loop: Header=BB2_3 Depth=1
	addi	a1, a1, -1
	addi	a3, a3, 4
	beqz	a1, .LBB2_5
.LBB2_3:                                # =>This Inner Loop Header: Depth=1
	lw	a2, 0(a3)
	blt	a7, a2, .LBB2_2
# %bb.4:                                #   in Loop: Header=BB2_3 Depth=1
	addiw	t0, t0, 1
	slli	a4, t0, 2
	add	a4, a4, a0
	lw	a5, 0(a4)
	sw	a2, 0(a4)
	sw	a5, 0(a3)
	j	.LBB2_2
.LBB2_5:
	lw	a7, 0(a6)
.LBB2_6:
	addiw	a1, t0, 1
	slli	a2, a1, 2
	add	a0, a0, a2
	lw	a2, 0(a0)
	sw	a7, 0(a0)
	sw	a2, 0(a6)
	mv	a0, a1
	ret
.Lfunc_end2:
	.size	partition, .Lfunc_end2-partition
                                        # -- End function
	.globl	quicksort                       # -- Begin function quicksort
	.p2align	1
	.type	quicksort,@function
quicksort:                              # @quicksort
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	sd	s4, 0(sp)                       # 8-byte Folded Spill
	bge	a1, a2, .LBB3_7
# %bb.1:
	mv	s2, a2
	mv	s4, a0
	slli	a0, a2, 2
	add	s3, s4, a0
	j	.LBB3_3
.LBB3_2:                                #   in Loop: Header=BB3_3 Depth=1
	lw	a0, 0(s3)
	addiw	a2, s0, 1
	slli	a2, a2, 2
	add	a2, a2, s4
	lw	a3, 0(a2)
	sw	a0, 0(a2)
	sw	a3, 0(s3)
	mv	a0, s4
	mv	a2, s0
	call	quicksort
	addiw	a1, s0, 2
	bge	a1, s2, .LBB3_7
.LBB3_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_5 Depth 2
	lw	a0, 0(s3)
	addiw	s0, a1, -1
	sext.w	a1, a1
	sub	a2, s2, a1
	slli	a3, a1, 2
	add	a3, a3, s4
	j	.LBB3_5
.LBB3_4:                                #   in Loop: Header=BB3_5 Depth=2
	addi	a2, a2, -1
	addi	a3, a3, 4
	beqz	a2, .LBB3_2
.LBB3_5:                                #   Parent Loop BB3_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a4, 0(a3)
	blt	a0, a4, .LBB3_4
# %bb.6:                                #   in Loop: Header=BB3_5 Depth=2
	addiw	s0, s0, 1
	slli	a5, s0, 2
	add	a5, a5, s4
	lw	s1, 0(a5)
	sw	a4, 0(a5)
	sw	s1, 0(a3)
	j	.LBB3_4
.LBB3_7:
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	ld	s4, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end3:
	.size	quicksort, .Lfunc_end3-quicksort
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	li	a1, 0
.LBB4_7:                                # Label of block must be emitted
	auipc	a6, %pcrel_hi(seed)
	addi	a6, a6, %pcrel_lo(.LBB4_7)
	lw	a2, 0(a6)
	li	a7, 1103
	lui	a0, 549754
	addiw	a3, a0, 675
	lui	a0, 244
	addiw	a4, a0, 579
	lui	a0, 268301
	addiw	a5, a0, 1251
	li	t0, 2001
.LBB4_8:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(a)
	addi	s0, s0, %pcrel_lo(.LBB4_8)
	li	t1, 800
.LBB4_1:                                # =>This Inner Loop Header: Depth=1
	addiw	a2, a2, 11
	mulw	a2, a2, a7
	addiw	a2, a2, 212
	mul	s1, a2, a3
	srli	s1, s1, 32
	addw	s1, s1, a2
	srliw	a0, s1, 31
	sraiw	s1, s1, 19
	addw	a0, a0, s1
	mulw	a0, a0, a4
	subw	a2, a2, a0
	mul	a0, a2, a5
	srli	s1, a0, 63
	srai	a0, a0, 41
	addw	a0, a0, s1
	mulw	a0, a0, t0
	subw	a0, a2, a0
	addiw	a0, a0, -1000
	add	s1, s0, a1
	addi	a1, a1, 4
	sw	a0, 0(s1)
	bne	a1, t1, .LBB4_1
# %bb.2:
	sw	a2, 0(a6)
	li	a2, 199
	mv	a0, s0
	li	a1, 0
	call	quicksort
	lw	a2, 0(s0)
	li	a3, 1
	li	a0, 4
	li	a1, 800
	j	.LBB4_4
.LBB4_3:                                #   in Loop: Header=BB4_4 Depth=1
	addi	a0, a0, 4
	mv	a3, s1
	beq	a0, a1, .LBB4_6
.LBB4_4:                                # =>This Inner Loop Header: Depth=1
	mv	a4, a2
	add	a2, s0, a0
	lw	a2, 0(a2)
	li	s1, 0
	blt	a2, a4, .LBB4_3
# %bb.5:                                #   in Loop: Header=BB4_4 Depth=1
	mv	s1, a3
	j	.LBB4_3
.LBB4_6:
	li	a0, 20
	mv	a1, s0
	call	putarray@plt
	lw	a0, 400(s0)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 796(s0)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 100
	mulw	a0, s1, a0
	addiw	a0, a0, 4
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.type	seed,@object                    # @seed
	.section	.sdata,"aw",@progbits
	.globl	seed
	.p2align	2
seed:
	.word	12345                           # 0x3039
	.size	seed, 4

	.type	a,@object                       # @a
	.bss
	.globl	a
	.p2align	2
a:
	.zero	800
	.size	a, 800

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
