	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_collatz_longest.sy"
	.globl	is_even                         # -- Begin function is_even
	.p2align	1
	.type	is_even,@function
is_even:                                # @is_even
# %bb.0:
	not	a0, a0
	andi	a0, a0, 1
	ret
.Lfunc_end0:
	.size	is_even, .Lfunc_end0-is_even
                                        # -- End function
	.globl	collatz_next                    # -- Begin function collatz_next
	.p2align	1
	.type	collatz_next,@function
collatz_next:                           # @collatz_next
# %bb.0:
	andi	a1, a0, 1
	bnez	a1, .LBB1_2
# %bb.1:
	srliw	a1, a0, 31
	addw	a0, a0, a1
	sraiw	a0, a0, 1
	ret
.LBB1_2:
	slliw	a1, a0, 1
	addw	a0, a0, a1
	addiw	a0, a0, 1
	ret
.Lfunc_end1:
	.size	collatz_next, .Lfunc_end1-collatz_next
                                        # -- End function
	.globl	cached                          # -- Begin function cached
	.p2align	1
	.type	cached,@function
cached:                                 # @cached
# %bb.0:
	bge	a0, a1, .LBB2_2
# %bb.1:
	slli	a0, a0, 2
.LBB2_3:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(cache)
	addi	a1, a1, %pcrel_lo(.LBB2_3)
	add	a0, a0, a1
	lw	a0, 0(a0)
	ret
.LBB2_2:
	li	a0, 0
	ret
.Lfunc_end2:
	.size	cached, .Lfunc_end2-cached
                                        # -- End function
	.globl	chain_length                    # -- Begin function chain_length
	.p2align	1
	.type	chain_length,@function
chain_length:                           # @chain_length
# %bb.0:
	li	a2, 0
	li	a7, 1
	bne	a0, a7, .LBB3_4
.LBB3_1:
	bge	a0, a1, .LBB3_3
# %bb.2:
	slli	a0, a0, 2
.LBB3_13:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(cache)
	addi	a1, a1, %pcrel_lo(.LBB3_13)
	add	a0, a0, a1
	sw	a2, 0(a0)
.LBB3_3:
	sext.w	a0, a2
	ret
.LBB3_4:
.LBB3_14:                               # Label of block must be emitted
	auipc	t0, %pcrel_hi(cache)
	addi	t0, t0, %pcrel_lo(.LBB3_14)
	lui	a3, 170898
	addiw	t1, a3, 1792
	li	a3, -1
	srli	a6, a3, 32
	mv	a3, a0
	j	.LBB3_6
.LBB3_5:                                #   in Loop: Header=BB3_6 Depth=1
	slliw	a4, a3, 1
	addw	a3, a3, a4
	addiw	a3, a3, 1
	addiw	a2, a2, 1
	beq	a3, a7, .LBB3_1
.LBB3_6:                                # =>This Inner Loop Header: Depth=1
	sext.w	a4, a3
	bge	a4, a1, .LBB3_8
# %bb.7:                                #   in Loop: Header=BB3_6 Depth=1
	slli	a5, a4, 2
	add	a5, a5, t0
	lw	a5, 0(a5)
	bnez	a5, .LBB3_12
.LBB3_8:                                #   in Loop: Header=BB3_6 Depth=1
	slt	a4, t1, a4
	and	a4, a4, a3
	bnez	a4, .LBB3_11
# %bb.9:                                #   in Loop: Header=BB3_6 Depth=1
	andi	a4, a3, 1
	bnez	a4, .LBB3_5
# %bb.10:                               #   in Loop: Header=BB3_6 Depth=1
	srliw	a4, a3, 31
	addw	a3, a3, a4
	sraiw	a3, a3, 1
	addiw	a2, a2, 1
	bne	a3, a7, .LBB3_6
	j	.LBB3_1
.LBB3_11:
	sext.w	a0, a6
	ret
.LBB3_12:
	addw	a2, a2, a5
	j	.LBB3_1
.Lfunc_end3:
	.size	chain_length, .Lfunc_end3-chain_length
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
	call	getint@plt
	mv	s2, a0
	call	getint@plt
	mv	s1, a0
	call	starttime@plt
	li	a0, 2
	blt	s2, a0, .LBB4_19
# %bb.1:
	li	s3, 0
	li	a0, 0
	slli	a1, s2, 32
	srli	t0, a1, 32
	li	t2, 1
.LBB4_21:                               # Label of block must be emitted
	auipc	t3, %pcrel_hi(cache)
	addi	t3, t3, %pcrel_lo(.LBB4_21)
	lui	a1, 1048332
	addiw	a7, a1, -576
	lui	a1, 244
	addiw	t1, a1, 575
	lui	a1, 170898
	addiw	a5, a1, 1792
	li	a1, -1
	srli	a6, a1, 32
	li	a1, 1
	li	t4, 1
	j	.LBB4_3
.LBB4_2:                                #   in Loop: Header=BB4_3 Depth=1
	addi	a1, a1, 1
	mv	t4, s5
	mv	a0, s4
	beq	a1, t0, .LBB4_20
.LBB4_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB4_8 Depth 2
	li	s0, 0
	bne	a1, t2, .LBB4_6
.LBB4_4:                                #   in Loop: Header=BB4_3 Depth=1
	bge	a1, s1, .LBB4_14
# %bb.5:                                #   in Loop: Header=BB4_3 Depth=1
	slli	a2, a1, 2
	add	a2, a2, t3
	sw	s0, 0(a2)
	j	.LBB4_14
.LBB4_6:                                #   in Loop: Header=BB4_3 Depth=1
	mv	a3, a1
	j	.LBB4_8
.LBB4_7:                                #   in Loop: Header=BB4_8 Depth=2
	slliw	a2, a3, 1
	addw	a2, a2, a3
	addiw	a3, a2, 1
	addiw	s0, s0, 1
	beq	a3, t2, .LBB4_4
.LBB4_8:                                #   Parent Loop BB4_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sext.w	a2, a3
	bge	a2, s1, .LBB4_10
# %bb.9:                                #   in Loop: Header=BB4_8 Depth=2
	slli	a4, a2, 2
	add	a4, a4, t3
	lw	a4, 0(a4)
	bnez	a4, .LBB4_18
.LBB4_10:                               #   in Loop: Header=BB4_8 Depth=2
	slt	a2, a5, a2
	and	a2, a2, a3
	bnez	a2, .LBB4_13
# %bb.11:                               #   in Loop: Header=BB4_8 Depth=2
	andi	a2, a3, 1
	bnez	a2, .LBB4_7
# %bb.12:                               #   in Loop: Header=BB4_8 Depth=2
	srliw	a2, a3, 31
	addw	a2, a2, a3
	sraiw	a3, a2, 1
	addiw	s0, s0, 1
	bne	a3, t2, .LBB4_8
	j	.LBB4_4
.LBB4_13:                               #   in Loop: Header=BB4_3 Depth=1
	mv	s0, a6
.LBB4_14:                               #   in Loop: Header=BB4_3 Depth=1
	sext.w	a2, s0
	sext.w	a3, a0
	mv	s4, s0
	mv	s5, a1
	blt	a3, a2, .LBB4_16
# %bb.15:                               #   in Loop: Header=BB4_3 Depth=1
	mv	s4, a0
	mv	s5, t4
.LBB4_16:                               #   in Loop: Header=BB4_3 Depth=1
	addw	s3, s0, s3
	bge	t1, s3, .LBB4_2
# %bb.17:                               #   in Loop: Header=BB4_3 Depth=1
	addw	s3, s3, a7
	j	.LBB4_2
.LBB4_18:                               #   in Loop: Header=BB4_3 Depth=1
	addw	s0, s0, a4
	j	.LBB4_4
.LBB4_19:
	li	s4, 0
	li	s3, 0
	li	s5, 1
.LBB4_20:
	call	stoptime@plt
	sext.w	a2, s5
	sext.w	a3, s4
.LBB4_22:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB4_22)
	mv	a1, s2
	mv	a4, s3
	call	putf@plt
	sraiw	a0, s4, 31
	srliw	a0, a0, 24
	add	a0, a0, s4
	andi	a0, a0, -256
	subw	a0, s4, a0
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	ld	s4, 16(sp)                      # 8-byte Folded Reload
	ld	s5, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.type	cache,@object                   # @cache
	.bss
	.globl	cache
	.p2align	2
cache:
	.zero	800000
	.size	cache, 800000

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"bound=%d best_n=%d steps=%d total=%d\n"
	.size	.L.str, 38

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
