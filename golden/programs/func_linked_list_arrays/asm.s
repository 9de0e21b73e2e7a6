	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_linked_list_arrays.sy"
	.globl	new_node                        # -- Begin function new_node
	.p2align	1
	.type	new_node,@function
new_node:                               # @new_node
# %bb.0:
.LBB0_1:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(free_top)
	addi	a2, a2, %pcrel_lo(.LBB0_1)
	lw	a1, 0(a2)
	slli	a3, a1, 2
.LBB0_2:                                # Label of block must be emitted
	auipc	a4, %pcrel_hi(val)
	addi	a4, a4, %pcrel_lo(.LBB0_2)
	add	a4, a4, a3
	sw	a0, 0(a4)
.LBB0_3:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(nxt)
	addi	a0, a0, %pcrel_lo(.LBB0_3)
	add	a0, a0, a3
	li	a3, -1
	sw	a3, 0(a0)
	addiw	a0, a1, 1
	sw	a0, 0(a2)
	mv	a0, a1
	ret
.Lfunc_end0:
	.size	new_node, .Lfunc_end0-new_node
                                        # -- End function
	.globl	insert_sorted                   # -- Begin function insert_sorted
	.p2align	1
	.type	insert_sorted,@function
insert_sorted:                          # @insert_sorted
# %bb.0:
.LBB1_7:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(free_top)
	addi	a2, a2, %pcrel_lo(.LBB1_7)
	lw	a7, 0(a2)
	slli	a4, a7, 2
.LBB1_8:                                # Label of block must be emitted
	auipc	a3, %pcrel_hi(val)
	addi	a3, a3, %pcrel_lo(.LBB1_8)
	add	a5, a3, a4
	sw	a1, 0(a5)
.LBB1_9:                                # Label of block must be emitted
	auipc	t0, %pcrel_hi(nxt)
	addi	t0, t0, %pcrel_lo(.LBB1_9)
	add	a6, t0, a4
	li	a4, -1
	sw	a4, 0(a6)
	addiw	a4, a7, 1
	sw	a4, 0(a2)
	bltz	a0, .LBB1_2
# %bb.1:
	slli	a2, a0, 32
	srli	a2, a2, 30
	add	a2, a2, a3
	lw	a2, 0(a2)
	bge	a1, a2, .LBB1_3
.LBB1_2:
	sw	a0, 0(a6)
	mv	a0, a7
	ret
.LBB1_3:
	mv	a4, a0
.LBB1_4:                                # =>This Inner Loop Header: Depth=1
	slli	a2, a4, 32
	srli	a2, a2, 30
	add	a2, a2, t0
	lwu	a5, 0(a2)
	sext.w	a4, a5
	bltz	a4, .LBB1_6
# %bb.5:                                #   in Loop: Header=BB1_4 Depth=1
	slli	a5, a5, 2
	add	a5, a5, a3
	lw	a5, 0(a5)
	bge	a1, a5, .LBB1_4
.LBB1_6:
	sw	a4, 0(a6)
	sw	a7, 0(a2)
	ret
.Lfunc_end1:
	.size	insert_sorted, .Lfunc_end1-insert_sorted
                                        # -- End function
	.globl	delete_value                    # -- Begin function delete_value
	.p2align	1
	.type	delete_value,@function
delete_value:                           # @delete_value
# %bb.0:
	bltz	a0, .LBB2_7
# %bb.1:
	slli	a3, a0, 32
	srli	a4, a3, 30
.LBB2_8:                                # Label of block must be emitted
	auipc	a7, %pcrel_hi(val)
	addi	a7, a7, %pcrel_lo(.LBB2_8)
	add	a4, a4, a7
	lw	a4, 0(a4)
	bne	a4, a1, .LBB2_3
# %bb.2:
	srli	a0, a3, 32
	slli	a0, a0, 2
.LBB2_9:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(nxt)
	addi	a1, a1, %pcrel_lo(.LBB2_9)
	add	a0, a0, a1
	lw	a0, 0(a0)
	sext.w	a0, a0
	ret
.LBB2_3:
.LBB2_10:                               # Label of block must be emitted
	auipc	a6, %pcrel_hi(nxt)
	addi	a6, a6, %pcrel_lo(.LBB2_10)
	mv	a5, a0
.LBB2_4:                                # =>This Inner Loop Header: Depth=1
	slli	a3, a5, 32
	srli	a3, a3, 30
	add	a4, a6, a3
	lwu	a3, 0(a4)
	sext.w	a5, a3
	bltz	a5, .LBB2_7
# %bb.5:                                #   in Loop: Header=BB2_4 Depth=1
	slli	a3, a3, 2
	add	a2, a7, a3
	lw	a2, 0(a2)
	bne	a2, a1, .LBB2_4
# %bb.6:
	add	a1, a6, a3
	lw	a1, 0(a1)
	sw	a1, 0(a4)
.LBB2_7:
	sext.w	a0, a0
	ret
.Lfunc_end2:
	.size	delete_value, .Lfunc_end2-delete_value
                                        # -- End function
	.globl	reverse                         # -- Begin function reverse
	.p2align	1
	.type	reverse,@function
reverse:                                # @reverse
# %bb.0:
	li	a1, -1
	bltz	a0, .LBB3_4
# %bb.1:
	srli	a3, a1, 32
.LBB3_5:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(nxt)
	addi	a1, a1, %pcrel_lo(.LBB3_5)
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	mv	a2, a0
	slli	a0, a0, 32
	srli	a0, a0, 30
	add	a4, a1, a0
	lw	a0, 0(a4)
	sw	a3, 0(a4)
	mv	a3, a2
	bgez	a0, .LBB3_2
# %bb.3:
	sext.w	a0, a2
	ret
.LBB3_4:
	srli	a2, a1, 32
	sext.w	a0, a2
	ret
.Lfunc_end3:
	.size	reverse, .Lfunc_end3-reverse
                                        # -- End function
	.globl	merge                           # -- Begin function merge
	.p2align	1
	.type	merge,@function
merge:                                  # @merge
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	mv	s0, a1
	bltz	a0, .LBB4_7
# %bb.1:
	bltz	s0, .LBB4_4
# %bb.2:
	slli	a1, a0, 32
	srli	a2, a1, 30
.LBB4_8:                                # Label of block must be emitted
	auipc	a3, %pcrel_hi(val)
	addi	a3, a3, %pcrel_lo(.LBB4_8)
	add	a2, a2, a3
	lw	a4, 0(a2)
	slli	a2, s0, 32
	srli	a5, a2, 30
	add	a3, a3, a5
	lw	a3, 0(a3)
	bge	a3, a4, .LBB4_5
# %bb.3:
	srli	a1, a2, 32
	slli	a1, a1, 2
.LBB4_9:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(nxt)
	addi	a2, a2, %pcrel_lo(.LBB4_9)
	add	s1, a2, a1
	lw	a1, 0(s1)
	mv	a2, a0
	j	.LBB4_6
.LBB4_4:
	mv	s0, a0
	j	.LBB4_7
.LBB4_5:
	srli	a1, a1, 32
	slli	a1, a1, 2
.LBB4_10:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(nxt)
	addi	a2, a2, %pcrel_lo(.LBB4_10)
	add	s1, a2, a1
	lw	a2, 0(s1)
	mv	a1, s0
	mv	s0, a0
.LBB4_6:
	sext.w	a0, a2
	sext.w	a1, a1
	call	merge
	sw	a0, 0(s1)
.LBB4_7:
	mv	a0, s0
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end4:
	.size	merge, .Lfunc_end4-merge
                                        # -- End function
	.globl	print_list                      # -- Begin function print_list
	.p2align	1
	.type	print_list,@function
print_list:                             # @print_list
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	mv	s0, a0
	li	a0, 91
	call	putch@plt
	bltz	s0, .LBB5_4
# %bb.1:
	slli	a0, s0, 32
	srli	s0, a0, 30
.LBB5_7:                                # Label of block must be emitted
	auipc	s2, %pcrel_hi(val)
	addi	s2, s2, %pcrel_lo(.LBB5_7)
	add	a0, s2, s0
	lw	a0, 0(a0)
	call	putint@plt
.LBB5_8:                                # Label of block must be emitted
	auipc	s3, %pcrel_hi(nxt)
	addi	s3, s3, %pcrel_lo(.LBB5_8)
	add	a0, s3, s0
	lw	s1, 0(a0)
	bltz	s1, .LBB5_5
# %bb.2:
	li	s0, 1
.LBB5_3:                                # =>This Inner Loop Header: Depth=1
	li	a0, 32
	call	putch@plt
	slli	a0, s1, 32
	srli	s1, a0, 30
	add	a0, s2, s1
	lw	a0, 0(a0)
	call	putint@plt
	add	a0, s3, s1
	lw	s1, 0(a0)
	addiw	s0, s0, 1
	bgez	s1, .LBB5_3
	j	.LBB5_6
.LBB5_4:
	li	s0, 0
	j	.LBB5_6
.LBB5_5:
	li	s0, 1
.LBB5_6:
	li	a0, 93
	call	putch@plt
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
.Lfunc_end5:
	.size	print_list, .Lfunc_end5-print_list
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -64
	sd	ra, 56(sp)                      # 8-byte Folded Spill
	sd	s0, 48(sp)                      # 8-byte Folded Spill
	sd	s1, 40(sp)                      # 8-byte Folded Spill
	sd	s2, 32(sp)                      # 8-byte Folded Spill
	sd	s3, 24(sp)                      # 8-byte Folded Spill
	sd	s4, 16(sp)                      # 8-byte Folded Spill
	sd	s5, 8(sp)                       # 8-byte Folded Spill
	sd	s6, 0(sp)                       # 8-byte Folded Spill
	li	a2, 0
.LBB6_40:                               # Label of block must be emitted
	auipc	a6, %pcrel_hi(free_top)
	addi	a6, a6, %pcrel_lo(.LBB6_40)
	lw	a1, 0(a6)
	li	a0, 3
	li	t1, -1
	srli	s5, t1, 32
	lui	a3, 166111
	addiw	t2, a3, 203
	li	a7, 101
.LBB6_41:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(val)
	addi	s3, s3, %pcrel_lo(.LBB6_41)
.LBB6_42:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(nxt)
	addi	s0, s0, %pcrel_lo(.LBB6_42)
	li	t0, 11
	mv	s6, s5
	j	.LBB6_3
.LBB6_1:                                #   in Loop: Header=BB6_3 Depth=1
	sw	s6, 0(a5)
	mv	s6, a1
.LBB6_2:                                #   in Loop: Header=BB6_3 Depth=1
	addiw	a1, a1, 1
	addiw	a2, a4, 1
	bgeu	a4, t0, .LBB6_14
.LBB6_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB6_11 Depth 2
                                        #     Child Loop BB6_7 Depth 2
	mv	a4, a2
	slliw	a2, a0, 4
	addw	a0, a0, a2
	addiw	a0, a0, 5
	mul	a2, a0, t2
	srli	a3, a2, 63
	srai	a2, a2, 36
	addw	a2, a2, a3
	mulw	a2, a2, a7
	subw	a0, a0, a2
	andi	a2, a4, 1
	slli	a3, a1, 2
	add	a5, s3, a3
	sw	a0, 0(a5)
	add	a5, s0, a3
	sw	t1, 0(a5)
	bnez	a2, .LBB6_9
# %bb.4:                                #   in Loop: Header=BB6_3 Depth=1
	sext.w	a2, s5
	bltz	a2, .LBB6_6
# %bb.5:                                #   in Loop: Header=BB6_3 Depth=1
	slli	a2, s5, 32
	srli	a2, a2, 30
	add	a2, a2, s3
	lw	a3, 0(a2)
	mv	a2, s5
	bge	a0, a3, .LBB6_7
.LBB6_6:                                #   in Loop: Header=BB6_3 Depth=1
	sw	s5, 0(a5)
	mv	s5, a1
	j	.LBB6_2
.LBB6_7:                                #   Parent Loop BB6_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slli	a2, a2, 32
	srli	a2, a2, 30
	add	s1, s0, a2
	lwu	a3, 0(s1)
	sext.w	a2, a3
	bltz	a2, .LBB6_13
# %bb.8:                                #   in Loop: Header=BB6_7 Depth=2
	slli	a3, a3, 2
	add	a3, a3, s3
	lw	a3, 0(a3)
	bge	a0, a3, .LBB6_7
	j	.LBB6_13
.LBB6_9:                                #   in Loop: Header=BB6_3 Depth=1
	sext.w	a2, s6
	bltz	a2, .LBB6_1
# %bb.10:                               #   in Loop: Header=BB6_3 Depth=1
	slli	a2, s6, 32
	srli	a2, a2, 30
	add	a2, a2, s3
	lw	a3, 0(a2)
	mv	a2, s6
	blt	a0, a3, .LBB6_1
.LBB6_11:                               #   Parent Loop BB6_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slli	a2, a2, 32
	srli	a2, a2, 30
	add	s1, s0, a2
	lwu	a3, 0(s1)
	sext.w	a2, a3
	bltz	a2, .LBB6_13
# %bb.12:                               #   in Loop: Header=BB6_11 Depth=2
	slli	a3, a3, 2
	add	a3, a3, s3
	lw	a3, 0(a3)
	bge	a0, a3, .LBB6_11
.LBB6_13:                               #   in Loop: Header=BB6_3 Depth=1
	sw	a2, 0(a5)
	sw	a1, 0(s1)
	j	.LBB6_2
.LBB6_14:
	sw	a1, 0(a6)
	sext.w	s4, s5
	mv	a0, s4
	call	print_list
	sext.w	s2, s6
	mv	a0, s2
	call	print_list
	bltz	s4, .LBB6_21
# %bb.15:
	slli	a0, s4, 2
	add	a0, a0, s3
	lw	a0, 0(a0)
	slli	a1, s5, 32
	srli	a2, a1, 30
	add	a2, a2, s3
	lw	a2, 0(a2)
	bne	a2, a0, .LBB6_17
# %bb.16:
	srli	a0, a1, 32
	slli	a0, a0, 2
	add	a0, a0, s0
	lw	s5, 0(a0)
	j	.LBB6_21
.LBB6_17:
	mv	a2, s5
.LBB6_18:                               # =>This Inner Loop Header: Depth=1
	slli	a1, a2, 32
	srli	a1, a1, 30
	add	a1, a1, s0
	lwu	a3, 0(a1)
	sext.w	a2, a3
	bltz	a2, .LBB6_21
# %bb.19:                               #   in Loop: Header=BB6_18 Depth=1
	slli	a3, a3, 2
	add	a4, s3, a3
	lw	a4, 0(a4)
	bne	a4, a0, .LBB6_18
# %bb.20:
	add	a0, s0, a3
	lw	a0, 0(a0)
	sw	a0, 0(a1)
.LBB6_21:
	bltz	s2, .LBB6_35
# %bb.22:
	slli	a1, s6, 32
	srli	a0, a1, 30
	add	a0, a0, s3
	lw	a2, 0(a0)
	li	a0, 1000
	bne	a2, a0, .LBB6_24
# %bb.23:
	srli	a0, a1, 32
	slli	a0, a0, 2
	add	a0, a0, s0
	lw	s6, 0(a0)
	j	.LBB6_28
.LBB6_24:
	mv	a2, s6
.LBB6_25:                               # =>This Inner Loop Header: Depth=1
	slli	a1, a2, 32
	srli	a1, a1, 30
	add	a1, a1, s0
	lwu	a3, 0(a1)
	sext.w	a2, a3
	bltz	a2, .LBB6_28
# %bb.26:                               #   in Loop: Header=BB6_25 Depth=1
	slli	a3, a3, 2
	add	a4, s3, a3
	lw	a4, 0(a4)
	bne	a4, a0, .LBB6_25
# %bb.27:
	add	a0, s0, a3
	lw	a0, 0(a0)
	sw	a0, 0(a1)
.LBB6_28:
	sext.w	a0, s6
	bltz	a0, .LBB6_35
# %bb.29:
	slli	a0, a0, 2
	add	a0, a0, s0
	lw	a0, 0(a0)
	slli	a0, a0, 2
	add	a0, a0, s3
	lw	a0, 0(a0)
	slli	a1, s6, 32
	srli	a2, a1, 30
	add	a2, a2, s3
	lw	a2, 0(a2)
	bne	a2, a0, .LBB6_31
# %bb.30:
	srli	a0, a1, 32
	slli	a0, a0, 2
	add	a0, a0, s0
	lw	s6, 0(a0)
	j	.LBB6_35
.LBB6_31:
	mv	a2, s6
.LBB6_32:                               # =>This Inner Loop Header: Depth=1
	slli	a1, a2, 32
	srli	a1, a1, 30
	add	a1, a1, s0
	lwu	a3, 0(a1)
	sext.w	a2, a3
	bltz	a2, .LBB6_35
# %bb.33:                               #   in Loop: Header=BB6_32 Depth=1
	slli	a3, a3, 2
	add	a4, s3, a3
	lw	a4, 0(a4)
	bne	a4, a0, .LBB6_32
# %bb.34:
	add	a0, s0, a3
	lw	a0, 0(a0)
	sw	a0, 0(a1)
.LBB6_35:
	sext.w	s2, s5
	mv	a0, s2
	call	print_list
	sext.w	s1, s6
	mv	a0, s1
	call	print_list
	mv	a0, s2
	mv	a1, s1
	call	merge
	mv	s1, a0
	call	print_list
	mv	s2, a0
	li	a0, -1
	bltz	s1, .LBB6_38
# %bb.36:
	srli	a1, a0, 32
.LBB6_37:                               # =>This Inner Loop Header: Depth=1
	mv	a0, s1
	slli	a2, s1, 32
	srli	a2, a2, 30
	add	a2, a2, s0
	lw	s1, 0(a2)
	sw	a1, 0(a2)
	mv	a1, a0
	bgez	s1, .LBB6_37
	j	.LBB6_39
.LBB6_38:
	srli	a0, a0, 32
.LBB6_39:
	sext.w	s1, a0
	mv	a0, s1
	call	print_list
	li	a0, 10
	slli	a1, s1, 2
	add	a1, a1, s3
	lw	a1, 0(a1)
	mulw	a2, s2, a0
	lui	a3, 419430
	addiw	a3, a3, 1639
	mul	a3, a1, a3
	srli	a4, a3, 63
	srai	a3, a3, 34
	addw	a3, a3, a4
	mulw	a0, a3, a0
	subw	a0, a1, a0
	addw	a0, a0, a2
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	ld	s4, 16(sp)                      # 8-byte Folded Reload
	ld	s5, 8(sp)                       # 8-byte Folded Reload
	ld	s6, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end6:
	.size	main, .Lfunc_end6-main
                                        # -- End function
	.type	free_top,@object                # @free_top
	.section	.sbss,"aw",@nobits
	.globl	free_top
	.p2align	2
free_top:
	.word	0                               # 0x0
	.size	free_top, 4

	.type	val,@object                     # @val
	.bss
	.globl	val
	.p2align	2
val:
	.zero	512
	.size	val, 512

	.type	nxt,@object                     # @nxt
	.globl	nxt
	.p2align	2
nxt:
	.zero	512
	.size	nxt, 512

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
