	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_floodfill_islands.sy"
	.globl	fill                            # -- Begin function fill
	.p2align	1
	.type	fill,@function
fill:                                   # @fill
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
	sd	s10, 0(sp)                      # 8-byte Folded Spill
	mv	s0, a1
	mv	s2, a0
	li	a0, 9
	sltu	a0, a0, s2
	li	a1, 11
	sltu	a1, a1, s0
	or	a0, a0, a1
	li	s6, 0
	bnez	a0, .LBB0_5
# %bb.1:
	mv	s3, a2
	li	s6, 0
	slli	a0, s2, 32
	srli	a0, a0, 32
	addiw	s4, s2, 1
	addiw	s5, s2, -1
	li	a1, 48
	mul	a0, a0, a1
.LBB0_6:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(grid)
	addi	a1, a1, %pcrel_lo(.LBB0_6)
	add	s8, a1, a0
.LBB0_7:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(label)
	addi	a1, a1, %pcrel_lo(.LBB0_7)
	add	s9, a1, a0
	li	s10, 12
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	slli	a0, s0, 32
	srli	a1, a0, 30
	add	a1, a1, s8
	lw	a1, 0(a1)
	beqz	a1, .LBB0_5
# %bb.3:                                #   in Loop: Header=BB0_2 Depth=1
	srli	a0, a0, 32
	slli	a0, a0, 2
	add	a0, a0, s9
	lw	a1, 0(a0)
	bnez	a1, .LBB0_5
# %bb.4:                                #   in Loop: Header=BB0_2 Depth=1
	sw	s3, 0(a0)
	sext.w	s1, s0
	mv	a0, s4
	mv	a1, s1
	mv	a2, s3
	call	fill
	mv	s7, a0
	mv	a0, s5
	mv	a1, s1
	mv	a2, s3
	call	fill
	mv	s1, a0
	addiw	a1, s0, 1
	mv	a0, s2
	mv	a2, s3
	call	fill
	addiw	s0, s0, -1
	addw	a1, s6, s7
	addw	a1, a1, s1
	addw	a0, a0, a1
	addiw	s6, a0, 1
	bltu	s0, s10, .LBB0_2
.LBB0_5:
	mv	a0, s6
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
	ld	s10, 0(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 96
	ret
.Lfunc_end0:
	.size	fill, .Lfunc_end0-fill
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -336
	sd	ra, 328(sp)                     # 8-byte Folded Spill
	sd	s0, 320(sp)                     # 8-byte Folded Spill
	sd	s1, 312(sp)                     # 8-byte Folded Spill
	sd	s2, 304(sp)                     # 8-byte Folded Spill
	sd	s3, 296(sp)                     # 8-byte Folded Spill
	sd	s4, 288(sp)                     # 8-byte Folded Spill
	sd	s5, 280(sp)                     # 8-byte Folded Spill
	sd	s6, 272(sp)                     # 8-byte Folded Spill
	sd	s7, 264(sp)                     # 8-byte Folded Spill
	sd	s8, 256(sp)                     # 8-byte Folded Spill
	sd	s9, 248(sp)                     # 8-byte Folded Spill
	sd	s10, 240(sp)                    # 8-byte Folded Spill
	li	s4, 0
	li	s6, 0
.LBB1_34:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(grid)
	addi	s2, s2, %pcrel_lo(.LBB1_34)
.LBB1_35:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(label)
	addi	s3, s3, %pcrel_lo(.LBB1_35)
	li	s8, 12
	li	s5, 10
	mv	s7, sp
	j	.LBB1_2
.LBB1_1:                                #   in Loop: Header=BB1_2 Depth=1
	addi	s4, s4, 1
	addi	s2, s2, 48
	addi	s3, s3, 48
	beq	s4, s5, .LBB1_7
.LBB1_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_4 Depth 2
	li	s0, 0
	mv	s10, s3
	mv	s1, s2
	j	.LBB1_4
.LBB1_3:                                #   in Loop: Header=BB1_4 Depth=2
	addi	s0, s0, 1
	addi	s1, s1, 4
	addi	s10, s10, 4
	beq	s0, s8, .LBB1_1
.LBB1_4:                                #   Parent Loop BB1_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a0, 0(s1)
	beqz	a0, .LBB1_3
# %bb.5:                                #   in Loop: Header=BB1_4 Depth=2
	lw	a0, 0(s10)
	bnez	a0, .LBB1_3
# %bb.6:                                #   in Loop: Header=BB1_4 Depth=2
	addiw	s9, s6, 1
	sext.w	a0, s4
	sext.w	a1, s0
	mv	a2, s9
	call	fill
	slli	a1, s6, 2
	add	a1, a1, s7
	sw	a0, 0(a1)
	mv	s6, s9
	j	.LBB1_3
.LBB1_7:
	mv	a1, sp
	mv	a0, s6
	call	putarray@plt
	li	s5, 0
.LBB1_36:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(label)
	addi	s3, s3, %pcrel_lo(.LBB1_36)
	li	s4, 480
	j	.LBB1_9
.LBB1_8:                                #   in Loop: Header=BB1_9 Depth=1
	mv	a0, s2
	call	putch@plt
	li	a0, 10
	call	putch@plt
	addi	s5, s5, 48
	beq	s5, s4, .LBB1_33
.LBB1_9:                                # =>This Inner Loop Header: Depth=1
	add	s1, s3, s5
	lw	a1, 0(s1)
	li	s2, 46
	li	a0, 46
	beqz	a1, .LBB1_11
# %bb.10:                               #   in Loop: Header=BB1_9 Depth=1
	addiw	a0, a1, 64
.LBB1_11:                               #   in Loop: Header=BB1_9 Depth=1
	call	putch@plt
	lw	a1, 4(s1)
	li	a0, 46
	beqz	a1, .LBB1_13
# %bb.12:                               #   in Loop: Header=BB1_9 Depth=1
	addiw	a0, a1, 64
.LBB1_13:                               #   in Loop: Header=BB1_9 Depth=1
	call	putch@plt
	lw	a1, 8(s1)
	li	a0, 46
	beqz	a1, .LBB1_15
# %bb.14:                               #   in Loop: Header=BB1_9 Depth=1
	addiw	a0, a1, 64
.LBB1_15:                               #   in Loop: Header=BB1_9 Depth=1
	call	putch@plt
	lw	a1, 12(s1)
	li	a0, 46
	beqz	a1, .LBB1_17
# %bb.16:                               #   in Loop: Header=BB1_9 Depth=1
	addiw	a0, a1, 64
.LBB1_17:                               #   in Loop: Header=BB1_9 Depth=1
	call	putch@plt
	lw	a1, 16(s1)
	li	a0, 46
	beqz	a1, .LBB1_19
# %bb.18:                               #   in Loop: Header=BB1_9 Depth=1
	addiw	a0, a1, 64
.LBB1_19:                               #   in Loop: Header=BB1_9 Depth=1
	call	putch@plt
	lw	a1, 20(s1)
	li	a0, 46
	beqz	a1, .LBB1_21
# %bb.20:                               #   in Loop: Header=BB1_9 Depth=1
	addiw	a0, a1, 64
.LBB1_21:                               #   in Loop: Header=BB1_9 Depth=1
	call	putch@plt
	lw	a1, 24(s1)
	li	a0, 46
	beqz	a1, .LBB1_23
# %bb.22:                               #   in Loop: Header=BB1_9 Depth=1
	addiw	a0, a1, 64
.LBB1_23:                               #   in Loop: Header=BB1_9 Depth=1
	call	putch@plt
	lw	a1, 28(s1)
	li	a0, 46
	beqz	a1, .LBB1_25
# %bb.24:                               #   in Loop: Header=BB1_9 Depth=1
	addiw	a0, a1, 64
.LBB1_25:                               #   in Loop: Header=BB1_9 Depth=1
	call	putch@plt
	lw	a1, 32(s1)
	li	a0, 46
	beqz	a1, .LBB1_27
# %bb.26:                               #   in Loop: Header=BB1_9 Depth=1
	addiw	a0, a1, 64
.LBB1_27:                               #   in Loop: Header=BB1_9 Depth=1
	call	putch@plt
	lw	a1, 36(s1)
	li	a0, 46
	beqz	a1, .LBB1_29
# %bb.28:                               #   in Loop: Header=BB1_9 Depth=1
	addiw	a0, a1, 64
.LBB1_29:                               #   in Loop: Header=BB1_9 Depth=1
	call	putch@plt
	lw	a1, 40(s1)
	li	a0, 46
	beqz	a1, .LBB1_31
# %bb.30:                               #   in Loop: Header=BB1_9 Depth=1
	addiw	a0, a1, 64
.LBB1_31:                               #   in Loop: Header=BB1_9 Depth=1
	call	putch@plt
	lw	a0, 44(s1)
	beqz	a0, .LBB1_8
# %bb.32:                               #   in Loop: Header=BB1_9 Depth=1
	addiw	s2, a0, 64
	j	.LBB1_8
.LBB1_33:
	mv	a0, s6
	ld	ra, 328(sp)                     # 8-byte Folded Reload
	ld	s0, 320(sp)                     # 8-byte Folded Reload
	ld	s1, 312(sp)                     # 8-byte Folded Reload
	ld	s2, 304(sp)                     # 8-byte Folded Reload
	ld	s3, 296(sp)                     # 8-byte Folded Reload
	ld	s4, 288(sp)                     # 8-byte Folded Reload
	ld	s5, 280(sp)                     # 8-byte Folded Reload
	ld	s6, 272(sp)                     # 8-byte Folded Reload
	ld	s7, 264(sp)                     # 8-byte Folded Reload
	ld	s8, 256(sp)                     # 8-byte Folded Reload
	ld	s9, 248(sp)                     # 8-byte Folded Reload
	ld	s10, 240(sp)                    # 8-byte Folded Reload
	addi	sp, sp, 336
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	grid,@object                    # @grid
	.data
	.globl	grid
	.p2align	2
grid:
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.size	grid, 480

	.type	label,@object                   # @label
	.bss
	.globl	label
	.p2align	2
label:
	.zero	480
	.size	label, 480

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
