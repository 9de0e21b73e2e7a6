	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_string_reverse_getch.sy"
	.globl	is_letter                       # -- Begin function is_letter
	.p2align	1
	.type	is_letter,@function
is_letter:                              # @is_letter
# %bb.0:
	andi	a0, a0, -33
	addiw	a0, a0, -65
	sltiu	a0, a0, 26
	ret
.Lfunc_end0:
	.size	is_letter, .Lfunc_end0-is_letter
                                        # -- End function
	.globl	is_digit                        # -- Begin function is_digit
	.p2align	1
	.type	is_digit,@function
is_digit:                               # @is_digit
# %bb.0:
	addiw	a0, a0, -48
	sltiu	a0, a0, 10
	ret
.Lfunc_end1:
	.size	is_digit, .Lfunc_end1-is_digit
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
	call	getch@plt
	li	s6, 0
	li	a1, -1
	beq	a0, a1, .LBB2_3
# %bb.1:
.LBB2_17:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(buf)
	addi	s0, s0, %pcrel_lo(.LBB2_17)
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	mv	s1, s6
	sw	a0, 0(s0)
	addi	s6, s6, 1
	call	getch@plt
	addi	a1, a0, 1
	snez	a1, a1
	sltiu	a2, s1, 1023
	and	a1, a1, a2
	addi	s0, s0, 4
	bnez	a1, .LBB2_2
.LBB2_3:
	li	s10, 0
	li	s0, 0
	li	s4, 0
	li	s2, 0
	li	s3, 0
	slli	a0, s6, 32
	srli	s5, a0, 32
	addiw	a0, s6, 1
	slli	a0, a0, 32
	srli	s6, a0, 32
.LBB2_18:                               # Label of block must be emitted
	auipc	s7, %pcrel_hi(buf)
	addi	s7, s7, %pcrel_lo(.LBB2_18)
.LBB2_19:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(word)
	addi	s1, s1, %pcrel_lo(.LBB2_19)
	li	s11, 1
	j	.LBB2_6
.LBB2_4:                                #   in Loop: Header=BB2_6 Depth=1
	addi	a0, s8, -10
	seqz	a0, a0
	addw	s4, s4, a0
.LBB2_5:                                #   in Loop: Header=BB2_6 Depth=1
	addi	s10, s10, 1
	beq	s10, s6, .LBB2_16
.LBB2_6:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_10 Depth 2
	li	s8, 32
	bgeu	s10, s5, .LBB2_8
# %bb.7:                                #   in Loop: Header=BB2_6 Depth=1
	slli	a0, s10, 2
	add	a0, a0, s7
	lwu	s8, 0(a0)
	andi	a0, s8, -33
	addiw	a1, a0, -91
	sltiu	a0, a1, -26
	addiw	a2, s8, -58
	sltiu	a2, a2, -10
	and	a2, a2, a0
	beqz	a2, .LBB2_14
.LBB2_8:                                #   in Loop: Header=BB2_6 Depth=1
	blez	s0, .LBB2_12
# %bb.9:                                #   in Loop: Header=BB2_6 Depth=1
	slli	a0, s0, 32
	srli	a0, a0, 32
	addi	s9, a0, 1
.LBB2_10:                               #   Parent Loop BB2_6 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addiw	s0, s0, -1
	slli	a0, s0, 32
	srli	a0, a0, 30
	add	a0, a0, s1
	lw	a0, 0(a0)
	call	putch@plt
	addi	s9, s9, -1
	bltu	s11, s9, .LBB2_10
# %bb.11:                               #   in Loop: Header=BB2_6 Depth=1
	li	s0, 0
.LBB2_12:                               #   in Loop: Header=BB2_6 Depth=1
	bgeu	s10, s5, .LBB2_4
# %bb.13:                               #   in Loop: Header=BB2_6 Depth=1
	sext.w	a0, s8
	call	putch@plt
	j	.LBB2_4
.LBB2_14:                               #   in Loop: Header=BB2_6 Depth=1
	li	a2, -27
	sltu	a1, a2, a1
	addw	s3, s3, a1
	addw	s2, s2, a0
	li	a0, 63
	blt	a0, s0, .LBB2_5
# %bb.15:                               #   in Loop: Header=BB2_6 Depth=1
	slli	a0, s0, 2
	add	a0, a0, s1
	sw	s8, 0(a0)
	addiw	s0, s0, 1
	j	.LBB2_5
.LBB2_16:
.LBB2_20:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_20)
	li	a1, 62
	li	a2, 62
	li	a3, 32
	call	putf@plt
.LBB2_21:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.1)
	addi	a0, a0, %pcrel_lo(.LBB2_21)
	mv	a1, s3
	mv	a2, s2
	mv	a3, s4
	call	putf@plt
	slliw	a0, s2, 1
	addw	a0, a0, s3
	addw	a0, a0, s4
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
	.type	buf,@object                     # @buf
	.bss
	.globl	buf
	.p2align	2
buf:
	.zero	4096
	.size	buf, 4096

	.type	word,@object                    # @word
	.globl	word
	.p2align	2
word:
	.zero	256
	.size	word, 256

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"%c%c%c\n"
	.size	.L.str, 8

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"letters=%d digits=%d lines=%d\n"
	.size	.L.str.1, 31

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
