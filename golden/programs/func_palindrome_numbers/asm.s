	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_palindrome_numbers.sy"
	.globl	reverse                         # -- Begin function reverse
	.p2align	1
	.type	reverse,@function
reverse:                                # @reverse
# %bb.0:
	li	a1, 0
	blez	a0, .LBB0_3
# %bb.1:
	li	a7, 10
	lui	a3, 838861
	addiw	a3, a3, -819
	slli	a3, a3, 32
	li	a6, 9
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	mulw	a1, a1, a7
	sext.w	a5, a0
	slli	a4, a0, 32
	mulhu	a4, a4, a3
	srli	a4, a4, 35
	mulw	a2, a4, a7
	subw	a0, a0, a2
	addw	a1, a1, a0
	mv	a0, a4
	bltu	a6, a5, .LBB0_2
.LBB0_3:
	mv	a0, a1
	ret
.Lfunc_end0:
	.size	reverse, .Lfunc_end0-reverse
                                        # -- End function
	.globl	is_pal                          # -- Begin function is_pal
	.p2align	1
	.type	is_pal,@function
is_pal:                                 # @is_pal
# %bb.0:
	li	a4, 0
	blez	a0, .LBB1_3
# %bb.1:
	li	a7, 10
	lui	a2, 838861
	addiw	a2, a2, -819
	slli	t0, a2, 32
	li	a6, 9
	mv	a5, a0
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	mulw	a4, a4, a7
	sext.w	a3, a5
	slli	a1, a5, 32
	mulhu	a1, a1, t0
	srli	a1, a1, 35
	mulw	a2, a1, a7
	subw	a2, a5, a2
	addw	a4, a4, a2
	mv	a5, a1
	bltu	a6, a3, .LBB1_2
.LBB1_3:
	xor	a0, a0, a4
	seqz	a0, a0
	ret
.Lfunc_end1:
	.size	is_pal, .Lfunc_end1-is_pal
                                        # -- End function
	.globl	is_prime                        # -- Begin function is_prime
	.p2align	1
	.type	is_prime,@function
is_prime:                               # @is_prime
# %bb.0:
	li	a2, 2
	bge	a0, a2, .LBB2_3
.LBB2_1:
	li	a0, 0
.LBB2_2:
	ret
.LBB2_3:
	mv	a1, a0
	andi	a0, a0, 1
	bnez	a0, .LBB2_5
# %bb.4:
	addi	a0, a1, -2
	seqz	a0, a0
	ret
.LBB2_5:
	li	a2, 9
	li	a0, 1
	bltu	a1, a2, .LBB2_2
# %bb.6:
	li	a2, 3
.LBB2_7:                                # =>This Inner Loop Header: Depth=1
	remw	a3, a1, a2
	beqz	a3, .LBB2_1
# %bb.8:                                #   in Loop: Header=BB2_7 Depth=1
	addiw	a2, a2, 2
	mulw	a3, a2, a2
	bge	a1, a3, .LBB2_7
	j	.LBB2_2
.Lfunc_end2:
	.size	is_prime, .Lfunc_end2-is_prime
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -96
	sd	ra, 88(sp)                      # 8-byte Folded Spill
	sd	s0, 80(sp)                      # 8-byte Folded Spill
	sd	s1, 72(sp)                      # 8-byte Folded Spill
	sd	s2, 64(sp)                      # 8-byte Folded Spill
	sd	s3, 56(sp)                      # 8-byte Folded Spill
	sd	s4, 48(sp)                      # 8-byte Folded Spill
	sd	s5, 40(sp)                      # 8-byte Folded Spill
	sd	s6, 32(sp)                      # 8-byte Folded Spill
	sd	s7, 24(sp)                      # 8-byte Folded Spill
	sd	s8, 16(sp)                      # 8-byte Folded Spill
	sd	s9, 8(sp)                       # 8-byte Folded Spill
	li	s5, 0
.LBB3_35:                               # Label of block must be emitted
	auipc	s4, %pcrel_hi(.L__const.main.starts)
	addi	s4, s4, %pcrel_lo(.LBB3_35)
	li	s0, 10
	lui	a0, 838861
	addiw	a0, a0, -819
	slli	s1, a0, 32
	li	s7, 9
	lui	a0, 24414
	addiw	s8, a0, 256
.LBB3_36:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(.L.str)
	addi	s3, s3, %pcrel_lo(.LBB3_36)
	li	s9, 6
.LBB3_37:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(.L.str.1)
	addi	s2, s2, %pcrel_lo(.LBB3_37)
	j	.LBB3_2
.LBB3_1:                                #   in Loop: Header=BB3_2 Depth=1
	li	a0, 10
	call	putch@plt
	addi	s5, s5, 1
	beq	s5, s9, .LBB3_18
.LBB3_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_5 Depth 2
                                        #       Child Loop BB3_7 Depth 3
                                        #       Child Loop BB3_11 Depth 3
                                        #     Child Loop BB3_14 Depth 2
	slli	a0, s5, 2
	add	a0, a0, s4
	lw	a1, 0(a0)
	li	a3, 0
	mv	s6, a1
	j	.LBB3_5
.LBB3_3:                                #   in Loop: Header=BB3_5 Depth=2
	snez	a0, s6
	sltiu	a2, a3, 20
	and	a2, a2, a0
	li	a0, 0
	beqz	a2, .LBB3_16
.LBB3_4:                                #   in Loop: Header=BB3_5 Depth=2
	addw	s6, a0, s6
	addiw	a3, a3, 1
.LBB3_5:                                #   Parent Loop BB3_2 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB3_7 Depth 3
                                        #       Child Loop BB3_11 Depth 3
	blez	s6, .LBB3_3
# %bb.6:                                #   in Loop: Header=BB3_5 Depth=2
	li	a0, 0
	mv	a2, s6
.LBB3_7:                                #   Parent Loop BB3_2 Depth=1
                                        #     Parent Loop BB3_5 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	mv	a4, a2
	mulw	a0, a0, s0
	slli	a2, a2, 32
	mulhu	a2, a2, s1
	srli	a2, a2, 35
	mulw	a5, a2, s0
	subw	a5, a4, a5
	addw	a0, a0, a5
	bltu	s7, a4, .LBB3_7
# %bb.8:                                #   in Loop: Header=BB3_5 Depth=2
	xor	a0, a0, s6
	snez	a0, a0
	sltiu	a2, a3, 20
	and	a0, a0, a2
	slt	a2, s6, s8
	and	a0, a0, a2
	beqz	a0, .LBB3_12
# %bb.9:                                #   in Loop: Header=BB3_5 Depth=2
	li	a0, 0
	blez	s6, .LBB3_4
# %bb.10:                               #   in Loop: Header=BB3_5 Depth=2
	mv	a2, s6
.LBB3_11:                               #   Parent Loop BB3_2 Depth=1
                                        #     Parent Loop BB3_5 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	mv	a4, a2
	mulw	a0, a0, s0
	slli	a2, a2, 32
	mulhu	a2, a2, s1
	srli	a2, a2, 35
	mulw	a5, a2, s0
	subw	a5, a4, a5
	addw	a0, a0, a5
	bltu	s7, a4, .LBB3_11
	j	.LBB3_4
.LBB3_12:                               #   in Loop: Header=BB3_2 Depth=1
	mv	a0, s3
	mv	a2, s6
	call	putf@plt
	li	a0, 0
	blez	s6, .LBB3_15
# %bb.13:                               #   in Loop: Header=BB3_2 Depth=1
	mv	a1, s6
.LBB3_14:                               #   Parent Loop BB3_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a2, a1
	mulw	a0, a0, s0
	slli	a1, a1, 32
	mulhu	a1, a1, s1
	srli	a1, a1, 35
	mulw	a3, a1, s0
	subw	a3, a2, a3
	addw	a0, a0, a3
	bltu	s7, a2, .LBB3_14
.LBB3_15:                               #   in Loop: Header=BB3_2 Depth=1
	beq	a0, s6, .LBB3_1
	j	.LBB3_17
.LBB3_16:                               #   in Loop: Header=BB3_2 Depth=1
.LBB3_38:                               #   in Loop: Header=BB3_2 Depth=1
                                        # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB3_38)
	mv	a2, s6
	call	putf@plt
	li	a0, 0
	beq	a0, s6, .LBB3_1
.LBB3_17:                               #   in Loop: Header=BB3_2 Depth=1
	mv	a0, s2
	call	putf@plt
	j	.LBB3_1
.LBB3_18:
	li	a2, 0
	li	s2, 0
	li	a4, 1
	li	a0, 10
	lui	a1, 838861
	addiw	a1, a1, -819
	slli	a1, a1, 32
	li	a3, 9
	li	a6, 2
	lui	a5, 5
	addiw	a7, a5, -481
	j	.LBB3_21
.LBB3_19:                               #   in Loop: Header=BB3_21 Depth=1
	addw	s2, s2, a4
.LBB3_20:                               #   in Loop: Header=BB3_21 Depth=1
	addiw	a4, t0, 1
	bgeu	t0, a7, .LBB3_34
.LBB3_21:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_22 Depth 2
                                        #     Child Loop BB3_30 Depth 2
	li	s0, 0
	mv	t0, a4
.LBB3_22:                               #   Parent Loop BB3_21 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a5, a4
	mulw	s0, s0, a0
	slli	a4, a4, 32
	mulhu	a4, a4, a1
	srli	a4, a4, 35
	mulw	s1, a4, a0
	subw	s1, a5, s1
	addw	s0, s0, s1
	bltu	a3, a5, .LBB3_22
# %bb.23:                               #   in Loop: Header=BB3_21 Depth=1
	bne	s0, t0, .LBB3_20
# %bb.24:                               #   in Loop: Header=BB3_21 Depth=1
	bgeu	t0, a6, .LBB3_26
.LBB3_25:                               #   in Loop: Header=BB3_21 Depth=1
	li	a4, 0
	j	.LBB3_32
.LBB3_26:                               #   in Loop: Header=BB3_21 Depth=1
	andi	a4, t0, 1
	bnez	a4, .LBB3_28
# %bb.27:                               #   in Loop: Header=BB3_21 Depth=1
	addi	a4, t0, -2
	seqz	a4, a4
	j	.LBB3_32
.LBB3_28:                               #   in Loop: Header=BB3_21 Depth=1
	li	a4, 1
	bltu	t0, a3, .LBB3_32
# %bb.29:                               #   in Loop: Header=BB3_21 Depth=1
	li	s0, 3
.LBB3_30:                               #   Parent Loop BB3_21 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	remuw	a5, t0, s0
	beqz	a5, .LBB3_25
# %bb.31:                               #   in Loop: Header=BB3_30 Depth=2
	addiw	s0, s0, 2
	mulw	a5, s0, s0
	bgeu	t0, a5, .LBB3_30
.LBB3_32:                               #   in Loop: Header=BB3_21 Depth=1
	beqz	a4, .LBB3_19
# %bb.33:                               #   in Loop: Header=BB3_21 Depth=1
	mv	a2, t0
	j	.LBB3_19
.LBB3_34:
.LBB3_39:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.2)
	addi	a0, a0, %pcrel_lo(.LBB3_39)
	mv	a1, s2
	call	putf@plt
	mv	a0, s2
	ld	ra, 88(sp)                      # 8-byte Folded Reload
	ld	s0, 80(sp)                      # 8-byte Folded Reload
	ld	s1, 72(sp)                      # 8-byte Folded Reload
	ld	s2, 64(sp)                      # 8-byte Folded Reload
	ld	s3, 56(sp)                      # 8-byte Folded Reload
	ld	s4, 48(sp)                      # 8-byte Folded Reload
	ld	s5, 40(sp)                      # 8-byte Folded Reload
	ld	s6, 32(sp)                      # 8-byte Folded Reload
	ld	s7, 24(sp)                      # 8-byte Folded Reload
	ld	s8, 16(sp)                      # 8-byte Folded Reload
	ld	s9, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 96
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	.L__const.main.starts,@object   # @__const.main.starts
	.section	.rodata,"a",@progbits
	.p2align	2
.L__const.main.starts:
	.word	56                              # 0x38
	.word	57                              # 0x39
	.word	59                              # 0x3b
	.word	87                              # 0x57
	.word	89                              # 0x59
	.word	196                             # 0xc4
	.size	.L__const.main.starts, 24

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"%d -> %d in %d steps"
	.size	.L.str, 21

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	" (gave up)"
	.size	.L.str.1, 11

	.type	.L.str.2,@object                # @.str.2
.L.str.2:
	.asciz	"palindromic primes below 20000: %d, largest %d\n"
	.size	.L.str.2, 48

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
