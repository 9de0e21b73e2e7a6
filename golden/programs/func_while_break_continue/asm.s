	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_while_break_continue.sy"
	.globl	collatz_len                     # -- Begin function collatz_len
	.p2align	1
	.type	collatz_len,@function
collatz_len:                            # @collatz_len
# %bb.0:
	li	a3, 0
	li	a2, 1
	bne	a0, a2, .LBB0_2
.LBB0_1:
	sext.w	a0, a3
	ret
.LBB0_2:
	li	a4, -1
	srli	a4, a4, 32
	j	.LBB0_4
.LBB0_3:                                #   in Loop: Header=BB0_4 Depth=1
	srliw	a5, a0, 31
	addw	a0, a0, a5
	sraiw	a0, a0, 1
	addiw	a3, a3, 1
	beq	a0, a2, .LBB0_1
.LBB0_4:                                # =>This Inner Loop Header: Depth=1
	bge	a3, a1, .LBB0_7
# %bb.5:                                #   in Loop: Header=BB0_4 Depth=1
	andi	a5, a0, 1
	beqz	a5, .LBB0_3
# %bb.6:                                #   in Loop: Header=BB0_4 Depth=1
	slliw	a5, a0, 1
	addw	a0, a0, a5
	addiw	a0, a0, 1
	addiw	a3, a3, 1
	bne	a0, a2, .LBB0_4
	j	.LBB0_1
.LBB0_7:
	sext.w	a0, a4
	ret
.Lfunc_end0:
	.size	collatz_len, .Lfunc_end0-collatz_len
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
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
	li	a1, 0
	li	s3, 0
	li	a0, 1
	li	a7, 60
	li	a3, -1
	srli	a6, a3, 32
	li	a4, 199
	li	a3, 1
	j	.LBB1_2
.LBB1_1:                                #   in Loop: Header=BB1_2 Depth=1
	addiw	a3, s0, 1
	bgeu	s0, a7, .LBB1_13
.LBB1_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_5 Depth 2
	mv	s0, a3
	li	s1, 0
	beq	a3, a0, .LBB1_9
# %bb.3:                                #   in Loop: Header=BB1_2 Depth=1
	mv	a5, s0
	j	.LBB1_5
.LBB1_4:                                #   in Loop: Header=BB1_5 Depth=2
	srliw	a3, a5, 31
	addw	a3, a3, a5
	sraiw	a5, a3, 1
	addiw	s1, s1, 1
	beq	a5, a0, .LBB1_9
.LBB1_5:                                #   Parent Loop BB1_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	bltu	a4, s1, .LBB1_8
# %bb.6:                                #   in Loop: Header=BB1_5 Depth=2
	andi	a3, a5, 1
	beqz	a3, .LBB1_4
# %bb.7:                                #   in Loop: Header=BB1_5 Depth=2
	slliw	a3, a5, 1
	addw	a3, a3, a5
	addiw	a5, a3, 1
	addiw	s1, s1, 1
	bne	a5, a0, .LBB1_5
	j	.LBB1_9
.LBB1_8:                                #   in Loop: Header=BB1_2 Depth=1
	mv	s1, a6
.LBB1_9:                                #   in Loop: Header=BB1_2 Depth=1
	sext.w	a5, s1
	sext.w	a2, s3
	mv	a3, s0
	bge	a2, a5, .LBB1_11
# %bb.10:                               #   in Loop: Header=BB1_2 Depth=1
	bltz	a5, .LBB1_1
	j	.LBB1_12
.LBB1_11:                               #   in Loop: Header=BB1_2 Depth=1
	mv	s1, s3
	mv	a3, a1
	bltz	a5, .LBB1_1
.LBB1_12:                               #   in Loop: Header=BB1_2 Depth=1
	mv	s3, s1
	mv	a1, a3
	j	.LBB1_1
.LBB1_13:
	sext.w	a2, s3
.LBB1_27:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB1_27)
	call	putf@plt
	li	s0, 0
	li	s2, 0
	li	s4, 49
	lui	a0, 699051
	addiw	s5, a0, -1365
	lui	a0, 174763
	addiw	s6, a0, -1366
	lui	a0, 349525
	addiw	s1, a0, 1365
	li	s7, 39
.LBB1_14:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_17 Depth 2
	blt	s4, s0, .LBB1_20
# %bb.15:                               #   in Loop: Header=BB1_14 Depth=1
	mv	a0, s0
	addiw	s0, s0, 1
	mulw	a1, s0, s5
	addw	a1, a1, s6
	bltu	a1, s1, .LBB1_14
# %bb.16:                               #   in Loop: Header=BB1_14 Depth=1
	li	a1, 1
.LBB1_17:                               #   Parent Loop BB1_14 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mulw	a2, a1, a1
	addiw	a1, a1, 1
	bge	a0, a2, .LBB1_17
# %bb.18:                               #   in Loop: Header=BB1_14 Depth=1
	xor	a1, a2, s0
	seqz	a1, a1
	slt	a0, s7, a0
	and	a0, a0, a1
	bnez	a0, .LBB1_20
# %bb.19:                               #   in Loop: Header=BB1_14 Depth=1
	mv	a0, s0
	call	putint@plt
	li	a0, 32
	call	putch@plt
	addiw	s2, s2, 1
	j	.LBB1_14
.LBB1_20:
	li	a0, 10
	call	putch@plt
	li	s0, 0
	li	a3, 0
	li	a0, 1
	li	a1, 9
	j	.LBB1_22
.LBB1_21:                               #   in Loop: Header=BB1_22 Depth=1
	addiw	a3, a2, 1
	bgeu	a2, a1, .LBB1_26
.LBB1_22:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_23 Depth 2
	li	a4, 0
	mv	a2, a3
.LBB1_23:                               #   Parent Loop BB1_22 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a3, a4
	add	a4, a4, a2
	sraiw	a5, a4, 31
	srliw	a5, a5, 30
	add	a5, a5, a4
	andi	a5, a5, -4
	subw	a4, a4, a5
	bne	a4, a0, .LBB1_25
# %bb.24:                               #   in Loop: Header=BB1_23 Depth=2
	addiw	a4, a3, 1
	blt	a3, a2, .LBB1_23
	j	.LBB1_21
.LBB1_25:                               #   in Loop: Header=BB1_23 Depth=2
	addiw	a4, a3, 1
	addiw	s0, s0, 1
	blt	a3, a2, .LBB1_23
	j	.LBB1_21
.LBB1_26:
	mv	a0, s0
	call	putint@plt
	li	a0, 10
	call	putch@plt
	addw	a0, s2, s3
	addw	a0, a0, s0
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
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"longest below 60: n=%d steps=%d\n"
	.size	.L.str, 33

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
