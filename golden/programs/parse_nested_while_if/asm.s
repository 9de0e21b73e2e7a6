	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"parse_nested_while_if.sy"
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
	li	t1, 0
	li	a3, 0
	li	a2, 0
	li	s2, 0
	li	s3, 5
	lui	a0, 699051
	addiw	s6, a0, -1365
	lui	a0, 174763
	addiw	s7, a0, -1366
	lui	a0, 349525
	addiw	s8, a0, 1365
	li	a6, 4
	li	a7, 2
	li	t0, 49
	li	s4, 1
	li	t2, 3
	j	.LBB0_3
.LBB0_1:                                #   in Loop: Header=BB0_3 Depth=1
	addiw	a2, a2, 1
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	bge	t3, s3, .LBB0_35
.LBB0_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_10 Depth 2
                                        #       Child Loop BB0_12 Depth 3
                                        #         Child Loop BB0_18 Depth 4
                                        #           Child Loop BB0_19 Depth 5
                                        #           Child Loop BB0_25 Depth 5
	addiw	a0, t1, 1
	li	t3, 2
	beq	a0, a7, .LBB0_5
# %bb.4:                                #   in Loop: Header=BB0_3 Depth=1
	mv	t3, t1
.LBB0_5:                                #   in Loop: Header=BB0_3 Depth=1
	beq	a0, a7, .LBB0_7
# %bb.6:                                #   in Loop: Header=BB0_3 Depth=1
	mv	t1, a0
	j	.LBB0_8
.LBB0_7:                                #   in Loop: Header=BB0_3 Depth=1
	addiw	a3, a3, 1
	li	t1, 3
.LBB0_8:                                #   in Loop: Header=BB0_3 Depth=1
	li	t5, 0
	andi	t4, t1, 1
	j	.LBB0_10
.LBB0_9:                                #   in Loop: Header=BB0_10 Depth=2
	bltu	a6, t6, .LBB0_2
.LBB0_10:                               #   Parent Loop BB0_3 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_12 Depth 3
                                        #         Child Loop BB0_18 Depth 4
                                        #           Child Loop BB0_19 Depth 5
                                        #           Child Loop BB0_25 Depth 5
	blt	t3, t5, .LBB0_1
# %bb.11:                               #   in Loop: Header=BB0_10 Depth=2
	mv	t6, t5
	li	s0, 0
	addiw	t5, t5, 1
	addw	s10, t5, t1
	andi	s5, t5, 1
.LBB0_12:                               #   Parent Loop BB0_3 Depth=1
                                        #     Parent Loop BB0_10 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB0_18 Depth 4
                                        #           Child Loop BB0_19 Depth 5
                                        #           Child Loop BB0_25 Depth 5
	mv	a0, s0
	addiw	s0, s0, 1
	addw	a1, s10, s0
	mulw	a1, a1, s6
	addw	a1, a1, s7
	bgeu	a1, s8, .LBB0_14
# %bb.13:                               #   in Loop: Header=BB0_12 Depth=3
	addiw	a3, a3, 1
	blt	a0, s3, .LBB0_12
	j	.LBB0_9
.LBB0_14:                               #   in Loop: Header=BB0_12 Depth=3
	bltz	a0, .LBB0_34
# %bb.15:                               #   in Loop: Header=BB0_12 Depth=3
	li	s11, 0
	andi	s9, s0, 1
	li	ra, 1
	j	.LBB0_18
.LBB0_16:                               #   in Loop: Header=BB0_18 Depth=4
	mv	ra, a4
	mv	a3, a5
.LBB0_17:                               #   in Loop: Header=BB0_18 Depth=4
	mv	s11, ra
	addiw	ra, ra, 1
	blt	a0, s11, .LBB0_34
.LBB0_18:                               #   Parent Loop BB0_3 Depth=1
                                        #     Parent Loop BB0_10 Depth=2
                                        #       Parent Loop BB0_12 Depth=3
                                        # =>      This Loop Header: Depth=4
                                        #           Child Loop BB0_19 Depth 5
                                        #           Child Loop BB0_25 Depth 5
	andi	a1, ra, 1
	mv	a5, a3
	mv	a4, ra
	bnez	a1, .LBB0_23
.LBB0_19:                               #   Parent Loop BB0_3 Depth=1
                                        #     Parent Loop BB0_10 Depth=2
                                        #       Parent Loop BB0_12 Depth=3
                                        #         Parent Loop BB0_18 Depth=4
                                        # =>        This Inner Loop Header: Depth=5
	bnez	s9, .LBB0_29
# %bb.20:                               #   in Loop: Header=BB0_19 Depth=5
	bnez	s5, .LBB0_31
# %bb.21:                               #   in Loop: Header=BB0_19 Depth=5
	mv	a1, a4
	addiw	a5, a5, 1
	blt	a0, a4, .LBB0_33
# %bb.22:                               #   in Loop: Header=BB0_19 Depth=5
	addiw	a4, a1, 1
	andi	s1, a4, 1
	beqz	s1, .LBB0_19
	j	.LBB0_24
.LBB0_23:                               #   in Loop: Header=BB0_18 Depth=4
	mv	a4, ra
	mv	a1, s11
	mv	a5, a3
.LBB0_24:                               #   in Loop: Header=BB0_18 Depth=4
	li	a3, 0
	slt	s1, t0, a1
	subw	s2, s2, s1
.LBB0_25:                               #   Parent Loop BB0_3 Depth=1
                                        #     Parent Loop BB0_10 Depth=2
                                        #       Parent Loop BB0_12 Depth=3
                                        #         Parent Loop BB0_18 Depth=4
                                        # =>        This Inner Loop Header: Depth=5
	blt	a1, a3, .LBB0_16
# %bb.26:                               #   in Loop: Header=BB0_25 Depth=5
	mv	s1, a3
	li	a3, 2
	beq	s1, s4, .LBB0_25
# %bb.27:                               #   in Loop: Header=BB0_25 Depth=5
	beq	s1, t2, .LBB0_16
# %bb.28:                               #   in Loop: Header=BB0_25 Depth=5
	addiw	a3, s1, 1
	addw	s2, a3, s2
	j	.LBB0_25
.LBB0_29:                               #   in Loop: Header=BB0_18 Depth=4
	bnez	t4, .LBB0_32
# %bb.30:                               #   in Loop: Header=BB0_18 Depth=4
	addiw	s2, s2, 2
	j	.LBB0_17
.LBB0_31:                               #   in Loop: Header=BB0_18 Depth=4
	addiw	s2, s2, 1
	j	.LBB0_17
.LBB0_32:                               #   in Loop: Header=BB0_18 Depth=4
	bge	a7, s11, .LBB0_17
	j	.LBB0_34
.LBB0_33:                               #   in Loop: Header=BB0_12 Depth=3
	mv	a3, a5
.LBB0_34:                               #   in Loop: Header=BB0_12 Depth=3
	addiw	a2, a2, 1
	bge	a6, a0, .LBB0_12
	j	.LBB0_9
.LBB0_35:
.LBB0_36:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB0_36)
	mv	a1, s2
	call	putf@plt
	sraiw	a0, s2, 31
	srliw	a0, a0, 24
	add	a0, a0, s2
	andi	a0, a0, -256
	subw	a0, s2, a0
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
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"total=%d breaks=%d continues=%d\n"
	.size	.L.str, 33

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
