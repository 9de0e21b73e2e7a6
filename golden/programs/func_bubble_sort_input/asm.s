	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_bubble_sort_input.sy"
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
.Lfunc_end0:
	.size	swap, .Lfunc_end0-swap
                                        # -- End function
	.globl	bubble                          # -- Begin function bubble
	.p2align	1
	.type	bubble,@function
bubble:                                 # @bubble
# %bb.0:
	li	a2, 0
	li	t0, 0
	addiw	a7, a1, -1
	addi	a6, a0, 4
	mv	t1, a7
	j	.LBB1_2
.LBB1_1:                                #   in Loop: Header=BB1_2 Depth=1
	addiw	t0, t0, 1
	addiw	t1, t1, -1
	beqz	t2, .LBB1_7
.LBB1_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_5 Depth 2
	bge	t0, a7, .LBB1_7
# %bb.3:                                #   in Loop: Header=BB1_2 Depth=1
	lw	a5, 0(a0)
	li	t2, 0
	slli	a1, t1, 32
	srli	a1, a1, 32
	mv	a3, a6
	j	.LBB1_5
.LBB1_4:                                #   in Loop: Header=BB1_5 Depth=2
	addi	a1, a1, -1
	addi	a3, a3, 4
	mv	a5, a4
	beqz	a1, .LBB1_1
.LBB1_5:                                #   Parent Loop BB1_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a4, 0(a3)
	bge	a4, a5, .LBB1_4
# %bb.6:                                #   in Loop: Header=BB1_5 Depth=2
	lw	a5, -4(a3)
	sw	a4, -4(a3)
	sw	a5, 0(a3)
	addiw	a2, a2, 1
	li	t2, 1
	mv	a4, a5
	j	.LBB1_4
.LBB1_7:
	mv	a0, a2
	ret
.Lfunc_end1:
	.size	bubble, .Lfunc_end1-bubble
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
.LBB2_11:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(data)
	addi	s3, s3, %pcrel_lo(.LBB2_11)
	mv	a0, s3
	call	getarray@plt
	mv	s2, a0
	li	s0, 0
	li	a0, 0
	addiw	a7, s2, -1
	addi	a6, s3, 4
	mv	a3, a7
	j	.LBB2_2
.LBB2_1:                                #   in Loop: Header=BB2_2 Depth=1
	addiw	a0, a0, 1
	addiw	a3, a3, -1
	beqz	a4, .LBB2_7
.LBB2_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_5 Depth 2
	bge	a0, a7, .LBB2_7
# %bb.3:                                #   in Loop: Header=BB2_2 Depth=1
	lw	s1, 0(s3)
	li	a4, 0
	slli	a1, a3, 32
	srli	a5, a1, 32
	mv	a2, a6
	j	.LBB2_5
.LBB2_4:                                #   in Loop: Header=BB2_5 Depth=2
	addi	a5, a5, -1
	addi	a2, a2, 4
	mv	s1, a1
	beqz	a5, .LBB2_1
.LBB2_5:                                #   Parent Loop BB2_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a1, 0(a2)
	bge	a1, s1, .LBB2_4
# %bb.6:                                #   in Loop: Header=BB2_5 Depth=2
	lw	s1, -4(a2)
	sw	a1, -4(a2)
	sw	s1, 0(a2)
	addiw	s0, s0, 1
	li	a4, 1
	mv	a1, s1
	j	.LBB2_4
.LBB2_7:
.LBB2_12:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(data)
	addi	s1, s1, %pcrel_lo(.LBB2_12)
	mv	a0, s2
	mv	a1, s1
	call	putarray@plt
.LBB2_13:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_13)
	mv	a1, s0
	call	putf@plt
	li	a0, 0
	blez	s2, .LBB2_10
# %bb.8:
	slli	a1, s2, 32
	srli	a1, a1, 32
	lui	a2, 429196
	addiw	a2, a2, 1197
	lui	a3, 2
	addiw	a3, a3, 1815
.LBB2_9:                                # =>This Inner Loop Header: Depth=1
	lw	a4, 0(s1)
	slliw	a5, a0, 5
	subw	a0, a5, a0
	addw	a0, a0, a4
	mul	a4, a0, a2
	srli	a5, a4, 63
	srai	a4, a4, 44
	addw	a4, a4, a5
	mulw	a4, a4, a3
	subw	a0, a0, a4
	addi	a1, a1, -1
	addi	s1, s1, 4
	bnez	a1, .LBB2_9
.LBB2_10:
	call	putint@plt
	li	a0, 10
	call	putch@plt
	sraiw	a0, s0, 31
	srliw	a0, a0, 24
	add	a0, a0, s0
	andi	a0, a0, -256
	subw	a0, s0, a0
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	data,@object                    # @data
	.bss
	.globl	data
	.p2align	2
data:
	.zero	400
	.size	data, 400

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"swaps=%d\n"
	.size	.L.str, 10

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
