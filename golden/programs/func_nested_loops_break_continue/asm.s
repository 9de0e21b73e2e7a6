	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_nested_loops_break_continue.sy"
	.globl	note                            # -- Begin function note
	.p2align	1
	.type	note,@function
note:                                   # @note
# %bb.0:
.LBB0_3:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(logged)
	addi	a1, a1, %pcrel_lo(.LBB0_3)
	lw	a2, 0(a1)
	li	a3, 63
	blt	a3, a2, .LBB0_2
# %bb.1:
	slli	a3, a2, 2
.LBB0_4:                                # Label of block must be emitted
	auipc	a4, %pcrel_hi(trail)
	addi	a4, a4, %pcrel_lo(.LBB0_4)
	add	a3, a3, a4
	sw	a0, 0(a3)
	addiw	a0, a2, 1
	sw	a0, 0(a1)
.LBB0_2:
	ret
.Lfunc_end0:
	.size	note, .Lfunc_end0-note
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
	sd	s4, 0(sp)                       # 8-byte Folded Spill
	li	s1, 0
	li	s2, 0
.LBB1_35:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(logged)
	addi	s3, s3, %pcrel_lo(.LBB1_35)
	lw	a0, 0(s3)
	li	t3, 5
	lui	a1, 699051
	addiw	t5, a1, -1365
	lui	a1, 174763
	addiw	t6, a1, -1366
	lui	a1, 349525
	addiw	a5, a1, 1365
	li	a7, 10
	li	t2, 9
	li	a6, 63
.LBB1_36:                               # Label of block must be emitted
	auipc	t0, %pcrel_hi(trail)
	addi	t0, t0, %pcrel_lo(.LBB1_36)
.LBB1_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_4 Depth 2
                                        #       Child Loop BB1_7 Depth 3
	blt	t3, s1, .LBB1_13
# %bb.2:                                #   in Loop: Header=BB1_1 Depth=1
	mv	a1, s1
	addiw	s1, s1, 1
	mulw	a2, s1, t5
	addw	a2, a2, t6
	bltu	a2, a5, .LBB1_1
# %bb.3:                                #   in Loop: Header=BB1_1 Depth=1
	li	a2, 0
	mulw	t1, s1, a7
.LBB1_4:                                #   Parent Loop BB1_1 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB1_7 Depth 3
	mv	s0, a2
	addiw	a2, a2, 1
	blt	a1, s0, .LBB1_1
# %bb.5:                                #   in Loop: Header=BB1_4 Depth=2
	addw	a3, a2, s1
	andi	a3, a3, 1
	beqz	a3, .LBB1_4
# %bb.6:                                #   in Loop: Header=BB1_4 Depth=2
	li	a4, 0
	addiw	t4, s0, 2
.LBB1_7:                                #   Parent Loop BB1_1 Depth=1
                                        #     Parent Loop BB1_4 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	blt	t2, a4, .LBB1_11
# %bb.8:                                #   in Loop: Header=BB1_7 Depth=3
	mv	a3, a4
	addiw	a4, a4, 1
	beq	a3, s0, .LBB1_7
# %bb.9:                                #   in Loop: Header=BB1_7 Depth=3
	bge	a3, t4, .LBB1_11
# %bb.10:                               #   in Loop: Header=BB1_7 Depth=3
	addiw	s2, s2, 1
	j	.LBB1_7
.LBB1_11:                               #   in Loop: Header=BB1_4 Depth=2
	blt	a6, a0, .LBB1_4
# %bb.12:                               #   in Loop: Header=BB1_4 Depth=2
	addw	a3, a2, t1
	slli	a4, a0, 2
	add	a4, a4, t0
	sw	a3, 0(a4)
	addiw	a0, a0, 1
	sw	a0, 0(s3)
	j	.LBB1_4
.LBB1_13:
.LBB1_37:                               # Label of block must be emitted
	auipc	s4, %pcrel_hi(trail)
	addi	s4, s4, %pcrel_lo(.LBB1_37)
	mv	a1, s4
	call	putarray@plt
	mv	a0, s2
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	s1, 0
	li	a0, 1
	li	a2, 99
	li	a3, 19
	li	a1, 1
	j	.LBB1_16
.LBB1_14:                               #   in Loop: Header=BB1_16 Depth=1
	slliw	a4, a1, 1
	addw	a1, a1, a4
	addiw	a1, a1, 1
.LBB1_15:                               #   in Loop: Header=BB1_16 Depth=1
	addiw	s1, s1, 1
	blt	a2, a1, .LBB1_21
.LBB1_16:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_17 Depth 2
	srliw	a4, a1, 31
	add	a4, a4, a1
	andi	a4, a4, -2
	subw	a4, a1, a4
	beq	a4, a0, .LBB1_14
.LBB1_17:                               #   Parent Loop BB1_16 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a4, a1
	andi	a1, a1, 3
	bnez	a1, .LBB1_20
# %bb.18:                               #   in Loop: Header=BB1_17 Depth=2
	srliw	a1, a4, 31
	addw	a1, a1, a4
	sraiw	a1, a1, 1
	blt	a3, a4, .LBB1_17
# %bb.19:                               #   in Loop: Header=BB1_16 Depth=1
	addiw	a1, a1, 7
	j	.LBB1_15
.LBB1_20:                               #   in Loop: Header=BB1_16 Depth=1
	mv	a1, a4
	addiw	a1, a4, 7
	j	.LBB1_15
.LBB1_21:
.LBB1_38:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB1_38)
	mv	a2, s1
	call	putf@plt
	lw	a0, 0(s3)
	li	a1, 1
	li	a6, 19
	li	t1, 6
	li	t0, 63
	li	a4, 29
	j	.LBB1_23
.LBB1_22:                               #   in Loop: Header=BB1_23 Depth=1
	addiw	a1, a5, 1
	bgeu	a5, a6, .LBB1_34
.LBB1_23:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_26 Depth 2
                                        #       Child Loop BB1_28 Depth 3
	mv	a5, a1
	bltu	a6, a1, .LBB1_22
# %bb.24:                               #   in Loop: Header=BB1_23 Depth=1
	mulw	a7, a5, a5
	mv	a3, a5
	j	.LBB1_26
.LBB1_25:                               #   in Loop: Header=BB1_26 Depth=2
	addiw	a3, a1, 1
	bgeu	a1, a6, .LBB1_22
.LBB1_26:                               #   Parent Loop BB1_23 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB1_28 Depth 3
	mv	a1, a3
	mulw	a2, a3, a3
	addw	s0, a2, a7
	j	.LBB1_28
.LBB1_27:                               #   in Loop: Header=BB1_28 Depth=3
	addiw	a3, a2, 1
	bgeu	a2, a4, .LBB1_25
.LBB1_28:                               #   Parent Loop BB1_23 Depth=1
                                        #     Parent Loop BB1_26 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	mv	a2, a3
	mulw	a3, a3, a3
	bne	s0, a3, .LBB1_27
# %bb.29:                               #   in Loop: Header=BB1_28 Depth=3
	bgeu	a5, t1, .LBB1_32
# %bb.30:                               #   in Loop: Header=BB1_28 Depth=3
	blt	t0, a0, .LBB1_27
# %bb.31:                               #   in Loop: Header=BB1_28 Depth=3
	slli	a3, a0, 2
	add	a3, a3, s4
	sw	a2, 0(a3)
	addiw	a0, a0, 1
	sw	a0, 0(s3)
	j	.LBB1_27
.LBB1_32:
	lui	a0, 2
	addiw	a0, a0, 1808
	mulw	a0, a5, a0
	li	a3, 100
	mulw	a1, a1, a3
	addw	a0, a0, a1
	addw	a0, a0, a2
.LBB1_33:
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s3)
.LBB1_39:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(trail)
	addi	a1, a1, %pcrel_lo(.LBB1_39)
	call	putarray@plt
	addw	a0, s1, s2
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	ld	s4, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.LBB1_34:
	li	a0, 0
	j	.LBB1_33
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	logged,@object                  # @logged
	.section	.sbss,"aw",@nobits
	.globl	logged
	.p2align	2
logged:
	.word	0                               # 0x0
	.size	logged, 4

	.type	trail,@object                   # @trail
	.bss
	.globl	trail
	.p2align	2
trail:
	.zero	256
	.size	trail, 256

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"n=%d steps=%d\n"
	.size	.L.str, 15

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
