	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_getch_text_stats.sy"
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
	call	starttime@plt
	call	getch@plt
	li	s3, 0
	li	s8, -1
	beq	a0, s8, .LBB1_28
# %bb.1:
	li	s4, 0
	li	s1, 0
	li	s7, 0
	li	s2, 0
	li	s5, 0
	li	s0, 0
	sd	zero, 0(sp)                     # 8-byte Folded Spill
	li	s6, 0
	li	s9, -26
	li	s10, 9
	li	s11, 10
	j	.LBB1_5
.LBB1_2:                                #   in Loop: Header=BB1_5 Depth=1
	mulw	a2, s7, s11
	addw	s7, a1, a2
	li	s1, 1
.LBB1_3:                                #   in Loop: Header=BB1_5 Depth=1
	addiw	s0, s0, 1
.LBB1_4:                                #   in Loop: Header=BB1_5 Depth=1
	call	putch@plt
	call	getch@plt
	beq	a0, s8, .LBB1_22
.LBB1_5:                                # =>This Inner Loop Header: Depth=1
	andi	a1, a0, -33
	addiw	a1, a1, -91
	bgeu	a1, s9, .LBB1_7
# %bb.6:                                #   in Loop: Header=BB1_5 Depth=1
	li	s2, 0
	j	.LBB1_12
.LBB1_7:                                #   in Loop: Header=BB1_5 Depth=1
	bnez	s2, .LBB1_11
# %bb.8:                                #   in Loop: Header=BB1_5 Depth=1
	sext.w	a1, a0
	li	a2, 96
	bge	a2, a1, .LBB1_10
# %bb.9:                                #   in Loop: Header=BB1_5 Depth=1
	addiw	a0, a0, -32
.LBB1_10:                               #   in Loop: Header=BB1_5 Depth=1
	ld	a1, 0(sp)                       # 8-byte Folded Reload
	addiw	a1, a1, 1
	sd	a1, 0(sp)                       # 8-byte Folded Spill
.LBB1_11:                               #   in Loop: Header=BB1_5 Depth=1
	li	s2, 1
.LBB1_12:                               #   in Loop: Header=BB1_5 Depth=1
	addiw	a1, a0, -48
	sext.w	a0, a0
	bgeu	s10, a1, .LBB1_2
# %bb.13:                               #   in Loop: Header=BB1_5 Depth=1
	beqz	s1, .LBB1_15
# %bb.14:                               #   in Loop: Header=BB1_5 Depth=1
	addw	s4, s4, s7
	li	s7, 0
.LBB1_15:                               #   in Loop: Header=BB1_5 Depth=1
	snez	a1, s1
	addw	s3, s3, a1
	bne	a0, s11, .LBB1_21
# %bb.16:                               #   in Loop: Header=BB1_5 Depth=1
	li	a1, 63
	blt	a1, s6, .LBB1_18
# %bb.17:                               #   in Loop: Header=BB1_5 Depth=1
	slli	a1, s6, 2
.LBB1_32:                               #   in Loop: Header=BB1_5 Depth=1
                                        # Label of block must be emitted
	auipc	a2, %pcrel_hi(line_lengths)
	addi	a2, a2, %pcrel_lo(.LBB1_32)
	add	a1, a1, a2
	sw	s0, 0(a1)
.LBB1_18:                               #   in Loop: Header=BB1_5 Depth=1
	blt	s5, s0, .LBB1_20
# %bb.19:                               #   in Loop: Header=BB1_5 Depth=1
	mv	s0, s5
.LBB1_20:                               #   in Loop: Header=BB1_5 Depth=1
	li	s1, 0
	mv	s5, s0
	addiw	s6, s6, 1
	li	s0, 0
	j	.LBB1_4
.LBB1_21:                               #   in Loop: Header=BB1_5 Depth=1
	li	s1, 0
	j	.LBB1_3
.LBB1_22:
	blez	s0, .LBB1_31
# %bb.23:
	li	a0, 63
	blt	a0, s6, .LBB1_25
# %bb.24:
	slli	a0, s6, 2
.LBB1_33:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(line_lengths)
	addi	a1, a1, %pcrel_lo(.LBB1_33)
	add	a0, a0, a1
	sw	s0, 0(a0)
.LBB1_25:
	blt	s5, s0, .LBB1_27
# %bb.26:
	mv	s0, s5
.LBB1_27:
	addiw	s6, s6, 1
	addw	s3, s3, s1
	mv	s5, s0
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	bnez	s1, .LBB1_30
	j	.LBB1_29
.LBB1_28:
	li	s5, 0
	li	s6, 0
	li	s0, 0
	li	s4, 0
.LBB1_29:
	li	s7, 0
.LBB1_30:
	addw	s4, s7, s4
	call	stoptime@plt
	li	a0, 10
	call	putch@plt
.LBB1_34:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(line_lengths)
	addi	a1, a1, %pcrel_lo(.LBB1_34)
	mv	a0, s6
	call	putarray@plt
.LBB1_35:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB1_35)
	mv	a1, s6
	mv	a2, s0
	mv	a3, s5
	mv	a4, s3
	mv	a5, s4
	call	putf@plt
	mv	a0, s0
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
.LBB1_31:
	addw	s3, s3, s1
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	bnez	s1, .LBB1_30
	j	.LBB1_29
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	line_lengths,@object            # @line_lengths
	.bss
	.globl	line_lengths
	.p2align	2
line_lengths:
	.zero	256
	.size	line_lengths, 256

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"lines=%d words=%d longest=%d numbers=%d sum=%d\n"
	.size	.L.str, 48

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
