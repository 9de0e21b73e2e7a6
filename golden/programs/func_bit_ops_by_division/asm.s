	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_bit_ops_by_division.sy"
	.globl	bit_and                         # -- Begin function bit_and
	.p2align	1
	.type	bit_and,@function
bit_and:                                # @bit_and
# %bb.0:
	slti	a2, a0, 1
	slti	a3, a1, 1
	or	a3, a3, a2
	li	a2, 0
	bnez	a3, .LBB0_5
# %bb.1:
	li	a2, 0
	li	a6, 1
	li	a4, 1
	j	.LBB0_3
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	sext.w	a5, a0
	sext.w	a3, a1
	srliw	a0, a0, 1
	srliw	a1, a1, 1
	sltu	a5, a6, a5
	sltu	a3, a6, a3
	and	a3, a3, a5
	sllw	a4, a4, a3
	beqz	a3, .LBB0_5
.LBB0_3:                                # =>This Inner Loop Header: Depth=1
	and	a5, a0, a1
	andi	a5, a5, 1
	beqz	a5, .LBB0_2
# %bb.4:                                #   in Loop: Header=BB0_3 Depth=1
	addw	a2, a2, a4
	j	.LBB0_2
.LBB0_5:
	mv	a0, a2
	ret
.Lfunc_end0:
	.size	bit_and, .Lfunc_end0-bit_and
                                        # -- End function
	.globl	bit_or                          # -- Begin function bit_or
	.p2align	1
	.type	bit_or,@function
bit_or:                                 # @bit_or
# %bb.0:
	slti	a2, a0, 1
	slti	a3, a1, 1
	and	a3, a3, a2
	li	a7, 0
	bnez	a3, .LBB1_5
# %bb.1:
	li	a7, 0
	li	a6, 1
	li	a4, 1
	j	.LBB1_3
.LBB1_2:                                #   in Loop: Header=BB1_3 Depth=1
	sext.w	a2, a0
	sraiw	a0, a5, 1
	sext.w	a5, a1
	sraiw	a1, a3, 1
	slt	a2, a6, a2
	slt	a3, a6, a5
	or	a2, a2, a3
	sllw	a4, a4, a2
	beqz	a2, .LBB1_5
.LBB1_3:                                # =>This Inner Loop Header: Depth=1
	srliw	a3, a0, 31
	add	a5, a0, a3
	andi	a3, a5, -2
	subw	a3, a0, a3
	addi	a3, a3, -1
	seqz	t0, a3
	srliw	a3, a1, 31
	add	a3, a3, a1
	andi	a2, a3, -2
	subw	a2, a1, a2
	addi	a2, a2, -1
	seqz	a2, a2
	or	a2, t0, a2
	beqz	a2, .LBB1_2
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	addw	a7, a7, a4
	j	.LBB1_2
.LBB1_5:
	mv	a0, a7
	ret
.Lfunc_end1:
	.size	bit_or, .Lfunc_end1-bit_or
                                        # -- End function
	.globl	bit_xor                         # -- Begin function bit_xor
	.p2align	1
	.type	bit_xor,@function
bit_xor:                                # @bit_xor
# %bb.0:
	slti	a6, a0, 1
	slti	a7, a1, 1
	and	a2, a6, a7
	li	t0, 0
	bnez	a2, .LBB2_5
# %bb.1:
	li	t0, 0
	li	t1, 1
	li	a3, 1
	mv	a4, a1
	mv	a2, a0
	j	.LBB2_3
.LBB2_2:                                #   in Loop: Header=BB2_3 Depth=1
	sext.w	t3, a2
	sraiw	a2, t2, 1
	sext.w	t2, a4
	sraiw	a4, t4, 1
	slt	t3, t1, t3
	slt	a5, t1, t2
	or	a5, t3, a5
	sllw	a3, a3, a5
	beqz	a5, .LBB2_5
.LBB2_3:                                # =>This Inner Loop Header: Depth=1
	srliw	a5, a2, 31
	add	t2, a2, a5
	andi	a5, t2, -2
	subw	a5, a2, a5
	addi	a5, a5, -1
	seqz	t3, a5
	srliw	a5, a4, 31
	add	t4, a4, a5
	andi	a5, t4, -2
	subw	a5, a4, a5
	addi	a5, a5, -1
	seqz	a5, a5
	or	a5, t3, a5
	beqz	a5, .LBB2_2
# %bb.4:                                #   in Loop: Header=BB2_3 Depth=1
	addw	t0, t0, a3
	j	.LBB2_2
.LBB2_5:
	or	a3, a6, a7
	li	a2, 0
	bnez	a3, .LBB2_10
# %bb.6:
	li	a2, 0
	li	a6, 1
	li	a4, 1
	j	.LBB2_8
.LBB2_7:                                #   in Loop: Header=BB2_8 Depth=1
	sext.w	a5, a0
	sext.w	a3, a1
	srliw	a0, a0, 1
	srliw	a1, a1, 1
	sltu	a5, a6, a5
	sltu	a3, a6, a3
	and	a3, a3, a5
	sllw	a4, a4, a3
	beqz	a3, .LBB2_10
.LBB2_8:                                # =>This Inner Loop Header: Depth=1
	and	a5, a0, a1
	andi	a5, a5, 1
	beqz	a5, .LBB2_7
# %bb.9:                                #   in Loop: Header=BB2_8 Depth=1
	addw	a2, a2, a4
	j	.LBB2_7
.LBB2_10:
	subw	a0, t0, a2
	ret
.Lfunc_end2:
	.size	bit_xor, .Lfunc_end2-bit_xor
                                        # -- End function
	.globl	shl                             # -- Begin function shl
	.p2align	1
	.type	shl,@function
shl:                                    # @shl
# %bb.0:
	blez	a1, .LBB3_3
# %bb.1:
	li	a2, 1
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	sext.w	a3, a1
	addiw	a1, a1, -1
	slliw	a0, a0, 1
	bltu	a2, a3, .LBB3_2
.LBB3_3:
	ret
.Lfunc_end3:
	.size	shl, .Lfunc_end3-shl
                                        # -- End function
	.globl	shr                             # -- Begin function shr
	.p2align	1
	.type	shr,@function
shr:                                    # @shr
# %bb.0:
	blez	a1, .LBB4_3
# %bb.1:
	li	a2, 1
.LBB4_2:                                # =>This Inner Loop Header: Depth=1
	srliw	a3, a0, 31
	addw	a0, a0, a3
	sext.w	a3, a1
	addiw	a1, a1, -1
	sraiw	a0, a0, 1
	bltu	a2, a3, .LBB4_2
.LBB4_3:
	ret
.Lfunc_end4:
	.size	shr, .Lfunc_end4-shr
                                        # -- End function
	.globl	popcount                        # -- Begin function popcount
	.p2align	1
	.type	popcount,@function
popcount:                               # @popcount
# %bb.0:
	li	a1, 0
	beqz	a0, .LBB5_3
# %bb.1:
	li	a2, 2
.LBB5_2:                                # =>This Inner Loop Header: Depth=1
	srliw	a3, a0, 31
	add	a3, a3, a0
	andi	a4, a3, -2
	subw	a4, a0, a4
	addiw	a5, a0, 1
	sraiw	a0, a3, 1
	addw	a1, a1, a4
	bltu	a2, a5, .LBB5_2
.LBB5_3:
	mv	a0, a1
	ret
.Lfunc_end5:
	.size	popcount, .Lfunc_end5-popcount
                                        # -- End function
	.globl	reverse_bits16                  # -- Begin function reverse_bits16
	.p2align	1
	.type	reverse_bits16,@function
reverse_bits16:                         # @reverse_bits16
# %bb.0:
	li	a3, 0
	li	a1, 0
	li	a2, 15
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
	mv	a4, a3
	slliw	a1, a1, 1
	srliw	a3, a0, 31
	add	a3, a3, a0
	andi	a5, a3, -2
	subw	a0, a0, a5
	sraiw	a5, a3, 1
	addw	a1, a1, a0
	addiw	a3, a4, 1
	mv	a0, a5
	bltu	a4, a2, .LBB6_1
# %bb.2:
	mv	a0, a1
	ret
.Lfunc_end6:
	.size	reverse_bits16, .Lfunc_end6-reverse_bits16
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
	li	s5, 0
	li	s11, 0
.LBB7_37:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(.L__const.main.xs)
	addi	s2, s2, %pcrel_lo(.LBB7_37)
.LBB7_38:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(.L__const.main.ys)
	addi	s3, s3, %pcrel_lo(.LBB7_38)
	li	s4, 4
	li	s7, 1
	li	s6, 15
	li	s8, 2
	j	.LBB7_2
.LBB7_1:                                #   in Loop: Header=BB7_2 Depth=1
	addi	s5, s5, 1
	subw	s11, t0, a2
	li	a0, 6
	beq	s5, a0, .LBB7_36
.LBB7_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB7_15 Depth 2
                                        #     Child Loop BB7_5 Depth 2
                                        #     Child Loop BB7_9 Depth 2
                                        #     Child Loop BB7_19 Depth 2
                                        #     Child Loop BB7_23 Depth 2
                                        #     Child Loop BB7_25 Depth 2
                                        #     Child Loop BB7_29 Depth 2
                                        #     Child Loop BB7_34 Depth 2
	slli	a0, s5, 2
	add	a1, s2, a0
	lw	s9, 0(a1)
	add	a0, a0, s3
	lw	s10, 0(a0)
	li	a1, 0
	bne	s5, s4, .LBB7_13
.LBB7_3:                                #   in Loop: Header=BB7_2 Depth=1
	li	a2, 0
	li	a0, 1
	mv	a3, s10
	mv	a4, s9
	j	.LBB7_5
.LBB7_4:                                #   in Loop: Header=BB7_5 Depth=2
	slt	a4, s7, a4
	sraiw	a5, a6, 1
	slt	a3, s7, a3
	sraiw	s1, s0, 1
	or	s0, a4, a3
	sllw	a0, a0, s0
	mv	a3, s1
	mv	a4, a5
	beqz	s0, .LBB7_7
.LBB7_5:                                #   Parent Loop BB7_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	srliw	a5, a4, 31
	add	a6, a4, a5
	andi	s1, a6, -2
	subw	s1, a4, s1
	addi	s1, s1, -1
	seqz	s1, s1
	srliw	s0, a3, 31
	add	s0, s0, a3
	andi	a5, s0, -2
	subw	a5, a3, a5
	addi	a5, a5, -1
	seqz	a5, a5
	or	a5, a5, s1
	beqz	a5, .LBB7_4
# %bb.6:                                #   in Loop: Header=BB7_5 Depth=2
	addw	a2, a2, a0
	j	.LBB7_4
.LBB7_7:                                #   in Loop: Header=BB7_2 Depth=1
	li	a3, 0
	li	a0, 1
	mv	a4, s10
	mv	a5, s9
	j	.LBB7_9
.LBB7_8:                                #   in Loop: Header=BB7_9 Depth=2
	slt	a5, s7, a5
	sraiw	a6, a6, 1
	slt	a4, s7, a4
	sraiw	s1, s1, 1
	or	s0, a5, a4
	sllw	a0, a0, s0
	mv	a4, s1
	mv	a5, a6
	beqz	s0, .LBB7_11
.LBB7_9:                                #   Parent Loop BB7_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	srliw	s1, a5, 31
	add	a6, a5, s1
	andi	s1, a6, -2
	subw	s1, a5, s1
	addi	s1, s1, -1
	seqz	a7, s1
	srliw	s1, a4, 31
	add	s1, s1, a4
	andi	s0, s1, -2
	subw	s0, a4, s0
	addi	s0, s0, -1
	seqz	s0, s0
	or	s0, a7, s0
	beqz	s0, .LBB7_8
# %bb.10:                               #   in Loop: Header=BB7_9 Depth=2
	addw	a3, a3, a0
	j	.LBB7_8
.LBB7_11:                               #   in Loop: Header=BB7_2 Depth=1
	bne	s5, s4, .LBB7_17
# %bb.12:                               #   in Loop: Header=BB7_2 Depth=1
	li	a4, 0
	j	.LBB7_24
.LBB7_13:                               #   in Loop: Header=BB7_2 Depth=1
	li	a0, 1
	mv	a2, s10
	mv	a3, s9
	j	.LBB7_15
.LBB7_14:                               #   in Loop: Header=BB7_15 Depth=2
	sltu	a4, s7, a3
	srliw	a3, a3, 1
	sltu	a5, s7, a2
	srliw	a2, a2, 1
	and	a4, a4, a5
	sllw	a0, a0, a4
	beqz	a4, .LBB7_3
.LBB7_15:                               #   Parent Loop BB7_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	and	a4, a3, a2
	andi	a4, a4, 1
	beqz	a4, .LBB7_14
# %bb.16:                               #   in Loop: Header=BB7_15 Depth=2
	addw	a1, a1, a0
	j	.LBB7_14
.LBB7_17:                               #   in Loop: Header=BB7_2 Depth=1
	li	a6, 0
	li	a4, 1
	mv	a5, s10
	mv	s0, s9
	j	.LBB7_19
.LBB7_18:                               #   in Loop: Header=BB7_19 Depth=2
	sltu	s1, s7, s0
	srliw	s0, s0, 1
	sltu	a0, s7, a5
	srliw	a5, a5, 1
	and	a0, a0, s1
	sllw	a4, a4, a0
	beqz	a0, .LBB7_21
.LBB7_19:                               #   Parent Loop BB7_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	and	s1, s0, a5
	andi	s1, s1, 1
	beqz	s1, .LBB7_18
# %bb.20:                               #   in Loop: Header=BB7_19 Depth=2
	addw	a6, a6, a4
	j	.LBB7_18
.LBB7_21:                               #   in Loop: Header=BB7_2 Depth=1
	subw	a3, a3, a6
	li	a4, 0
	beq	s5, s4, .LBB7_24
# %bb.22:                               #   in Loop: Header=BB7_2 Depth=1
	mv	a0, s9
.LBB7_23:                               #   Parent Loop BB7_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	srliw	a5, a0, 31
	add	a5, a5, a0
	andi	s1, a5, -2
	subw	s1, a0, s1
	addiw	s0, a0, 1
	sraiw	a0, a5, 1
	addw	a4, a4, s1
	bltu	s8, s0, .LBB7_23
.LBB7_24:                               #   in Loop: Header=BB7_2 Depth=1
	li	s1, 0
	li	a5, 0
	mv	a0, s9
.LBB7_25:                               #   Parent Loop BB7_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	s0, s1
	slliw	a6, a5, 1
	srliw	s1, a0, 31
	add	s1, s1, a0
	andi	a5, s1, -2
	subw	a0, a0, a5
	sraiw	a7, s1, 1
	addw	a5, a0, a6
	addiw	s1, s0, 1
	mv	a0, a7
	bltu	s0, s6, .LBB7_25
# %bb.26:                               #   in Loop: Header=BB7_2 Depth=1
.LBB7_39:                               #   in Loop: Header=BB7_2 Depth=1
                                        # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB7_39)
	call	putf@plt
	addw	a0, s10, s9
	slti	a6, s11, 1
	slti	a7, a0, 1
	and	a2, a6, a7
	li	t0, 0
	bnez	a2, .LBB7_31
# %bb.27:                               #   in Loop: Header=BB7_2 Depth=1
	li	t0, 0
	li	a4, 1
	mv	a5, a0
	mv	s0, s11
	j	.LBB7_29
.LBB7_28:                               #   in Loop: Header=BB7_29 Depth=2
	slt	a1, s7, s0
	sraiw	s0, a2, 1
	slt	a2, s7, a5
	sraiw	a5, s1, 1
	or	a1, a1, a2
	sllw	a4, a4, a1
	beqz	a1, .LBB7_31
.LBB7_29:                               #   Parent Loop BB7_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	srliw	a2, s0, 31
	add	a2, a2, s0
	andi	s1, a2, -2
	subw	s1, s0, s1
	addi	s1, s1, -1
	seqz	a3, s1
	srliw	s1, a5, 31
	add	s1, s1, a5
	andi	a1, s1, -2
	subw	a1, a5, a1
	addi	a1, a1, -1
	seqz	a1, a1
	or	a1, a1, a3
	beqz	a1, .LBB7_28
# %bb.30:                               #   in Loop: Header=BB7_29 Depth=2
	addw	t0, t0, a4
	j	.LBB7_28
.LBB7_31:                               #   in Loop: Header=BB7_2 Depth=1
	or	a1, a6, a7
	li	a2, 0
	bnez	a1, .LBB7_1
# %bb.32:                               #   in Loop: Header=BB7_2 Depth=1
	li	a2, 0
	li	a3, 1
	j	.LBB7_34
.LBB7_33:                               #   in Loop: Header=BB7_34 Depth=2
	sltu	a1, s7, s11
	srliw	s11, s11, 1
	sltu	a4, s7, a0
	srliw	a0, a0, 1
	and	a1, a1, a4
	sllw	a3, a3, a1
	beqz	a1, .LBB7_1
.LBB7_34:                               #   Parent Loop BB7_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	and	a1, s11, a0
	andi	a1, a1, 1
	beqz	a1, .LBB7_33
# %bb.35:                               #   in Loop: Header=BB7_34 Depth=2
	addw	a2, a2, a3
	j	.LBB7_33
.LBB7_36:
	lui	a0, 768
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lui	a0, 8
	addiw	a0, a0, -1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	sraiw	a0, s11, 31
	srliw	a0, a0, 24
	add	a0, a0, s11
	andi	a0, a0, -256
	subw	a0, s11, a0
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
.Lfunc_end7:
	.size	main, .Lfunc_end7-main
                                        # -- End function
	.type	.L__const.main.xs,@object       # @__const.main.xs
	.section	.rodata,"a",@progbits
	.p2align	2
.L__const.main.xs:
	.word	3855                            # 0xf0f
	.word	12345                           # 0x3039
	.word	32767                           # 0x7fff
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	43981                           # 0xabcd
	.size	.L__const.main.xs, 24

	.type	.L__const.main.ys,@object       # @__const.main.ys
	.p2align	2
.L__const.main.ys:
	.word	255                             # 0xff
	.word	54321                           # 0xd431
	.word	4660                            # 0x1234
	.word	3                               # 0x3
	.word	77                              # 0x4d
	.word	4951                            # 0x1357
	.size	.L__const.main.ys, 24

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"%d %d %d %d %d\n"
	.size	.L.str, 16

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
