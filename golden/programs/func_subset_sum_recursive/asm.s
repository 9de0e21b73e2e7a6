	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_subset_sum_recursive.sy"
	.globl	count_subsets                   # -- Begin function count_subsets
	.p2align	1
	.type	count_subsets,@function
count_subsets:                          # @count_subsets
# %bb.0:
	addi	sp, sp, -64
	sd	ra, 56(sp)                      # 8-byte Folded Spill
	sd	s0, 48(sp)                      # 8-byte Folded Spill
	sd	s1, 40(sp)                      # 8-byte Folded Spill
	sd	s2, 32(sp)                      # 8-byte Folded Spill
	sd	s3, 24(sp)                      # 8-byte Folded Spill
	sd	s4, 16(sp)                      # 8-byte Folded Spill
	sd	s5, 8(sp)                       # 8-byte Folded Spill
	beqz	a2, .LBB0_4
# %bb.1:
	mv	s2, a2
	mv	s3, a1
	slti	a1, a2, 0
	xor	a2, a0, s3
	seqz	a2, a2
	or	a1, a1, a2
	li	s4, 0
	bnez	a1, .LBB0_5
# %bb.2:
	li	s4, 0
	addi	s1, a0, 1
	slli	a0, a0, 2
.LBB0_6:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(items)
	addi	a1, a1, %pcrel_lo(.LBB0_6)
	add	s0, a1, a0
	li	a0, -1
	slt	s5, a0, s2
.LBB0_3:                                # =>This Inner Loop Header: Depth=1
	lw	a0, 0(s0)
	subw	a2, s2, a0
	sext.w	a0, s1
	mv	a1, s3
	call	count_subsets
	addw	s4, a0, s4
	xor	a0, s3, s1
	snez	a0, a0
	addi	s1, s1, 1
	and	a0, s5, a0
	addi	s0, s0, 4
	bnez	a0, .LBB0_3
	j	.LBB0_5
.LBB0_4:
	li	s4, 1
.LBB0_5:
	mv	a0, s4
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	ld	s4, 16(sp)                      # 8-byte Folded Reload
	ld	s5, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end0:
	.size	count_subsets, .Lfunc_end0-count_subsets
                                        # -- End function
	.globl	exists_dp                       # -- Begin function exists_dp
	.p2align	1
	.type	exists_dp,@function
exists_dp:                              # @exists_dp
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	mv	s3, a1
	mv	s1, a0
.LBB1_11:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(reach)
	addi	s2, s2, %pcrel_lo(.LBB1_11)
	bltz	a1, .LBB1_2
# %bb.1:
	slli	a0, s3, 32
	srli	a0, a0, 30
	addi	a2, a0, 4
.LBB1_12:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(reach)
	addi	a0, a0, %pcrel_lo(.LBB1_12)
	li	a1, 0
	call	memset@plt
.LBB1_2:
	li	a0, 1
	sw	a0, 0(s2)
	slli	a6, s3, 2
	blez	s1, .LBB1_10
# %bb.3:
	li	a2, 0
	slli	a1, s1, 32
	srli	t1, a1, 32
	addi	a7, s3, 1
	add	t0, s2, a6
.LBB1_13:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(items)
	addi	s1, s1, %pcrel_lo(.LBB1_13)
	j	.LBB1_5
.LBB1_4:                                #   in Loop: Header=BB1_5 Depth=1
	addi	a2, a2, 1
	beq	a2, t1, .LBB1_10
.LBB1_5:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_8 Depth 2
	slli	a1, a2, 2
	add	a1, a1, s1
	lw	a1, 0(a1)
	blt	s3, a1, .LBB1_4
# %bb.6:                                #   in Loop: Header=BB1_5 Depth=1
	slli	a4, a1, 2
	neg	a4, a4
	mv	a5, t0
	mv	s0, a7
	j	.LBB1_8
.LBB1_7:                                #   in Loop: Header=BB1_8 Depth=2
	addi	s0, s0, -1
	addi	a5, a5, -4
	bge	a1, s0, .LBB1_4
.LBB1_8:                                #   Parent Loop BB1_5 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	add	a3, a5, a4
	lw	a3, 0(a3)
	beqz	a3, .LBB1_7
# %bb.9:                                #   in Loop: Header=BB1_8 Depth=2
	sw	a0, 0(a5)
	j	.LBB1_7
.LBB1_10:
	add	a0, s2, a6
	lw	a0, 0(a0)
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end1:
	.size	exists_dp, .Lfunc_end1-exists_dp
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
	li	s6, 0
	li	s5, 0
.LBB2_10:                               # Label of block must be emitted
	auipc	s7, %pcrel_hi(.L__const.main.targets)
	addi	s7, s7, %pcrel_lo(.LBB2_10)
	li	s9, 12
.LBB2_11:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(reach)
	addi	s3, s3, %pcrel_lo(.LBB2_11)
	li	s0, 1
.LBB2_12:                               # Label of block must be emitted
	auipc	s10, %pcrel_hi(items)
	addi	s10, s10, %pcrel_lo(.LBB2_12)
.LBB2_13:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(.L.str)
	addi	s2, s2, %pcrel_lo(.LBB2_13)
	li	s11, 7
	j	.LBB2_2
.LBB2_1:                                #   in Loop: Header=BB2_2 Depth=1
	lw	s8, 0(a7)
	mv	a0, s2
	mv	a1, s1
	mv	a2, s4
	mv	a3, s8
	call	putf@plt
	sgtz	a0, s4
	xor	a0, s8, a0
	seqz	a0, a0
	addi	s6, s6, 1
	addw	s5, s5, a0
	beq	s6, s11, .LBB2_9
.LBB2_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_4 Depth 2
                                        #       Child Loop BB2_7 Depth 3
	slli	a0, s6, 2
	add	a0, a0, s7
	lwu	s8, 0(a0)
	sext.w	s1, s8
	li	a1, 12
	li	a0, 0
	mv	a2, s1
	call	count_subsets
	mv	s4, a0
	slli	a0, s8, 2
	addi	a2, a0, 4
	mv	a0, s3
	li	a1, 0
	call	memset@plt
	li	a0, 0
	sw	s0, 0(s3)
	addi	a6, s1, 1
	slli	a1, s1, 2
	add	a7, s3, a1
	j	.LBB2_4
.LBB2_3:                                #   in Loop: Header=BB2_4 Depth=2
	addi	a0, a0, 1
	beq	a0, s9, .LBB2_1
.LBB2_4:                                #   Parent Loop BB2_2 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB2_7 Depth 3
	slli	a2, a0, 2
	add	a2, a2, s10
	lw	a3, 0(a2)
	blt	s1, a3, .LBB2_3
# %bb.5:                                #   in Loop: Header=BB2_4 Depth=2
	slli	a2, a3, 2
	neg	a4, a2
	mv	a5, a7
	mv	a2, a6
	j	.LBB2_7
.LBB2_6:                                #   in Loop: Header=BB2_7 Depth=3
	addi	a2, a2, -1
	addi	a5, a5, -4
	bge	a3, a2, .LBB2_3
.LBB2_7:                                #   Parent Loop BB2_2 Depth=1
                                        #     Parent Loop BB2_4 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	add	a1, a5, a4
	lw	a1, 0(a1)
	beqz	a1, .LBB2_6
# %bb.8:                                #   in Loop: Header=BB2_7 Depth=3
	sw	s0, 0(a5)
	j	.LBB2_6
.LBB2_9:
	li	a0, 10
	mulw	a0, s5, a0
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
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	items,@object                   # @items
	.data
	.globl	items
	.p2align	2
items:
	.word	3                               # 0x3
	.word	34                              # 0x22
	.word	4                               # 0x4
	.word	12                              # 0xc
	.word	5                               # 0x5
	.word	2                               # 0x2
	.word	27                              # 0x1b
	.word	9                               # 0x9
	.word	15                              # 0xf
	.word	1                               # 0x1
	.word	22                              # 0x16
	.word	8                               # 0x8
	.size	items, 48

	.type	reach,@object                   # @reach
	.bss
	.globl	reach
	.p2align	2
reach:
	.zero	800
	.size	reach, 800

	.type	.L__const.main.targets,@object  # @__const.main.targets
	.section	.rodata.str4.4,"aMS",@progbits,4
	.p2align	2
.L__const.main.targets:
	.word	9                               # 0x9
	.word	30                              # 0x1e
	.word	53                              # 0x35
	.word	100                             # 0x64
	.word	142                             # 0x8e
	.word	143                             # 0x8f
	.word	0                               # 0x0
	.size	.L__const.main.targets, 28

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"target %d: %d subsets, reachable=%d\n"
	.size	.L.str, 37

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
