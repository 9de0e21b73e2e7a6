	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_n_queens.sy"
	.globl	place                           # -- Begin function place
	.p2align	1
	.type	place,@function
place:                                  # @place
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
	bne	a0, a1, .LBB0_3
# %bb.1:
.LBB0_12:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(found_first)
	addi	a1, a1, %pcrel_lo(.LBB0_12)
	lw	a2, 0(a1)
	xori	a0, a0, 8
	or	a0, a0, a2
	sext.w	a0, a0
	li	s6, 1
	bnez	a0, .LBB0_11
# %bb.2:
.LBB0_13:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(pos)
	addi	a0, a0, %pcrel_lo(.LBB0_13)
	lw	a2, 28(a0)
.LBB0_14:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(first)
	addi	a3, a3, %pcrel_lo(.LBB0_14)
	lw	a4, 24(a0)
	lw	a5, 20(a0)
	lw	s1, 16(a0)
	sw	a2, 28(a3)
	sw	a4, 24(a3)
	sw	a5, 20(a3)
	sw	s1, 16(a3)
	lw	a2, 12(a0)
	lw	a4, 8(a0)
	lw	a5, 4(a0)
	lw	a0, 0(a0)
	sw	a2, 12(a3)
	sw	a4, 8(a3)
	sw	a5, 4(a3)
	sw	a0, 0(a3)
	li	s6, 1
	sw	s6, 0(a1)
	j	.LBB0_11
.LBB0_3:
	mv	s3, a1
	blez	a1, .LBB0_10
# %bb.4:
	li	s0, 0
	li	s6, 0
	addw	a1, a0, s3
	addiw	s4, a1, -1
	slli	a1, a0, 2
.LBB0_15:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(pos)
	addi	a2, a2, %pcrel_lo(.LBB0_15)
	add	s5, a2, a1
	addiw	s2, a0, 1
	slli	a0, s3, 32
	srli	s7, a0, 32
.LBB0_16:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(diag1)
	addi	a0, a0, %pcrel_lo(.LBB0_16)
	add	s8, a0, a1
.LBB0_17:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(col_used)
	addi	s1, s1, %pcrel_lo(.LBB0_17)
.LBB0_18:                               # Label of block must be emitted
	auipc	s9, %pcrel_hi(diag2)
	addi	s9, s9, %pcrel_lo(.LBB0_18)
	li	s10, 1
	j	.LBB0_6
.LBB0_5:                                #   in Loop: Header=BB0_6 Depth=1
	addi	s0, s0, 1
	addi	s8, s8, 4
	addi	s1, s1, 4
	beq	s7, s0, .LBB0_11
.LBB0_6:                                # =>This Inner Loop Header: Depth=1
	lw	a0, 0(s1)
	bnez	a0, .LBB0_5
# %bb.7:                                #   in Loop: Header=BB0_6 Depth=1
	lw	a0, 0(s8)
	bnez	a0, .LBB0_5
# %bb.8:                                #   in Loop: Header=BB0_6 Depth=1
	subw	a0, s4, s0
	slli	a0, a0, 2
	add	s11, s9, a0
	lw	a0, 0(s11)
	bnez	a0, .LBB0_5
# %bb.9:                                #   in Loop: Header=BB0_6 Depth=1
	sw	s10, 0(s1)
	sw	s10, 0(s8)
	sw	s10, 0(s11)
	sw	s0, 0(s5)
	mv	a0, s2
	mv	a1, s3
	call	place
	addw	s6, a0, s6
	sw	zero, 0(s1)
	sw	zero, 0(s8)
	sw	zero, 0(s11)
	j	.LBB0_5
.LBB0_10:
	li	s6, 0
.LBB0_11:
	mv	a0, s6
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
	.size	place, .Lfunc_end0-place
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -176
	sd	ra, 168(sp)                     # 8-byte Folded Spill
	sd	s0, 160(sp)                     # 8-byte Folded Spill
	sd	s1, 152(sp)                     # 8-byte Folded Spill
	sd	s2, 144(sp)                     # 8-byte Folded Spill
	sd	s3, 136(sp)                     # 8-byte Folded Spill
	sd	s4, 128(sp)                     # 8-byte Folded Spill
	sd	s5, 120(sp)                     # 8-byte Folded Spill
	sd	s6, 112(sp)                     # 8-byte Folded Spill
	sd	s7, 104(sp)                     # 8-byte Folded Spill
	sd	s8, 96(sp)                      # 8-byte Folded Spill
	sd	s9, 88(sp)                      # 8-byte Folded Spill
	sd	s10, 80(sp)                     # 8-byte Folded Spill
	sd	s11, 72(sp)                     # 8-byte Folded Spill
	li	a1, 1
	li	s10, 1
	li	a0, 0
	call	place
	mv	a2, a0
.LBB1_19:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(.L.str)
	addi	s0, s0, %pcrel_lo(.LBB1_19)
	li	a1, 1
	mv	a0, s0
	sd	a2, 64(sp)                      # 8-byte Folded Spill
	call	putf@plt
	li	a1, 2
	li	s11, 2
	li	a0, 0
	call	place
	mv	a2, a0
	li	a1, 2
	mv	a0, s0
	sd	a2, 56(sp)                      # 8-byte Folded Spill
	call	putf@plt
	li	a1, 3
	li	s1, 3
	li	a0, 0
	call	place
	mv	a2, a0
	li	a1, 3
	mv	a0, s0
	sd	a2, 48(sp)                      # 8-byte Folded Spill
	call	putf@plt
	li	a1, 4
	li	s2, 4
	li	a0, 0
	call	place
	mv	a2, a0
	li	a1, 4
	mv	a0, s0
	sd	a2, 40(sp)                      # 8-byte Folded Spill
	call	putf@plt
	li	a1, 5
	li	s3, 5
	li	a0, 0
	call	place
	mv	a2, a0
	li	a1, 5
	mv	a0, s0
	sd	a2, 32(sp)                      # 8-byte Folded Spill
	call	putf@plt
	li	a1, 6
	li	s4, 6
	li	a0, 0
	call	place
	mv	a2, a0
	li	a1, 6
	mv	a0, s0
	sd	a2, 24(sp)                      # 8-byte Folded Spill
	call	putf@plt
	li	a1, 7
	li	s5, 7
	li	a0, 0
	call	place
	mv	a2, a0
	li	a1, 7
	mv	a0, s0
	sd	a2, 16(sp)                      # 8-byte Folded Spill
	call	putf@plt
	li	a1, 8
	li	a0, 0
	call	place
	mv	a2, a0
	li	a1, 8
	mv	a0, s0
	sd	a2, 8(sp)                       # 8-byte Folded Spill
	call	putf@plt
	li	s6, 0
.LBB1_20:                               # Label of block must be emitted
	auipc	s7, %pcrel_hi(first)
	addi	s7, s7, %pcrel_lo(.LBB1_20)
	li	s8, 32
	j	.LBB1_2
.LBB1_1:                                #   in Loop: Header=BB1_2 Depth=1
	mv	a0, s0
	call	putch@plt
	li	a0, 10
	call	putch@plt
	addi	s6, s6, 4
	beq	s6, s8, .LBB1_18
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	add	s9, s7, s6
	lw	a1, 0(s9)
	li	s0, 81
	li	a0, 81
	beqz	a1, .LBB1_4
# %bb.3:                                #   in Loop: Header=BB1_2 Depth=1
	li	a0, 46
.LBB1_4:                                #   in Loop: Header=BB1_2 Depth=1
	call	putch@plt
	lw	a1, 0(s9)
	li	a0, 81
	beq	a1, s10, .LBB1_6
# %bb.5:                                #   in Loop: Header=BB1_2 Depth=1
	li	a0, 46
.LBB1_6:                                #   in Loop: Header=BB1_2 Depth=1
	call	putch@plt
	lw	a1, 0(s9)
	li	a0, 81
	beq	a1, s11, .LBB1_8
# %bb.7:                                #   in Loop: Header=BB1_2 Depth=1
	li	a0, 46
.LBB1_8:                                #   in Loop: Header=BB1_2 Depth=1
	call	putch@plt
	lw	a1, 0(s9)
	li	a0, 81
	beq	a1, s1, .LBB1_10
# %bb.9:                                #   in Loop: Header=BB1_2 Depth=1
	li	a0, 46
.LBB1_10:                               #   in Loop: Header=BB1_2 Depth=1
	call	putch@plt
	lw	a1, 0(s9)
	li	a0, 81
	beq	a1, s2, .LBB1_12
# %bb.11:                               #   in Loop: Header=BB1_2 Depth=1
	li	a0, 46
.LBB1_12:                               #   in Loop: Header=BB1_2 Depth=1
	call	putch@plt
	lw	a1, 0(s9)
	li	a0, 81
	beq	a1, s3, .LBB1_14
# %bb.13:                               #   in Loop: Header=BB1_2 Depth=1
	li	a0, 46
.LBB1_14:                               #   in Loop: Header=BB1_2 Depth=1
	call	putch@plt
	lw	a1, 0(s9)
	li	a0, 81
	beq	a1, s4, .LBB1_16
# %bb.15:                               #   in Loop: Header=BB1_2 Depth=1
	li	a0, 46
.LBB1_16:                               #   in Loop: Header=BB1_2 Depth=1
	call	putch@plt
	lw	a0, 0(s9)
	beq	a0, s5, .LBB1_1
# %bb.17:                               #   in Loop: Header=BB1_2 Depth=1
	li	s0, 46
	j	.LBB1_1
.LBB1_18:
	ld	a0, 64(sp)                      # 8-byte Folded Reload
	ld	a1, 56(sp)                      # 8-byte Folded Reload
	addw	a0, a0, a1
	ld	a1, 48(sp)                      # 8-byte Folded Reload
	addw	a0, a0, a1
	ld	a1, 40(sp)                      # 8-byte Folded Reload
	addw	a0, a0, a1
	ld	a1, 32(sp)                      # 8-byte Folded Reload
	addw	a0, a0, a1
	ld	a1, 24(sp)                      # 8-byte Folded Reload
	addw	a0, a0, a1
	ld	a1, 16(sp)                      # 8-byte Folded Reload
	addw	a0, a0, a1
	ld	a1, 8(sp)                       # 8-byte Folded Reload
	addw	a0, a0, a1
	ld	ra, 168(sp)                     # 8-byte Folded Reload
	ld	s0, 160(sp)                     # 8-byte Folded Reload
	ld	s1, 152(sp)                     # 8-byte Folded Reload
	ld	s2, 144(sp)                     # 8-byte Folded Reload
	ld	s3, 136(sp)                     # 8-byte Folded Reload
	ld	s4, 128(sp)                     # 8-byte Folded Reload
	ld	s5, 120(sp)                     # 8-byte Folded Reload
	ld	s6, 112(sp)                     # 8-byte Folded Reload
	ld	s7, 104(sp)                     # 8-byte Folded Reload
	ld	s8, 96(sp)                      # 8-byte Folded Reload
	ld	s9, 88(sp)                      # 8-byte Folded Reload
	ld	s10, 80(sp)                     # 8-byte Folded Reload
	ld	s11, 72(sp)                     # 8-byte Folded Reload
	addi	sp, sp, 176
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	found_first,@object             # @found_first
	.section	.sbss,"aw",@nobits
	.globl	found_first
	.p2align	2
found_first:
	.word	0                               # 0x0
	.size	found_first, 4

	.type	pos,@object                     # @pos
	.bss
	.globl	pos
	.p2align	2
pos:
	.zero	32
	.size	pos, 32

	.type	first,@object                   # @first
	.globl	first
	.p2align	2
first:
	.zero	32
	.size	first, 32

	.type	col_used,@object                # @col_used
	.globl	col_used
	.p2align	2
col_used:
	.zero	32
	.size	col_used, 32

	.type	diag1,@object                   # @diag1
	.globl	diag1
	.p2align	2
diag1:
	.zero	60
	.size	diag1, 60

	.type	diag2,@object                   # @diag2
	.globl	diag2
	.p2align	2
diag2:
	.zero	60
	.size	diag2, 60

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"N=%d solutions=%d\n"
	.size	.L.str, 19

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
