	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_spiral_matrix.sy"
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
	li	s0, 0
	li	a0, 0
.LBB0_55:                               # Label of block must be emitted
	auipc	t1, %pcrel_hi(m)
	addi	t1, t1, %pcrel_lo(.LBB0_55)
	addi	t2, t1, 68
	addi	t0, t1, 28
	li	a7, 6
	li	a5, 1
	li	a4, 8
	li	t3, 2
	li	a6, 36
	j	.LBB0_3
.LBB0_1:                                #   in Loop: Header=BB0_3 Depth=1
	addiw	a0, a0, 1
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	slt	a1, s0, a7
	addi	s0, s0, 1
	slt	a2, a0, a4
	addi	a4, a4, -1
	and	a1, a1, a2
	addi	t1, t1, 36
	addi	t2, t2, 32
	addi	t3, t3, 1
	addi	t0, t0, -4
	beqz	a1, .LBB0_18
.LBB0_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_5 Depth 2
                                        #     Child Loop BB0_8 Depth 2
                                        #     Child Loop BB0_12 Depth 2
                                        #     Child Loop BB0_17 Depth 2
	blt	a4, a0, .LBB0_6
# %bb.4:                                #   in Loop: Header=BB0_3 Depth=1
	addi	a3, a0, -1
	slli	a1, a0, 2
	add	a1, a1, t1
.LBB0_5:                                #   Parent Loop BB0_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sw	a5, 0(a1)
	addiw	a5, a5, 1
	addi	a3, a3, 1
	addi	a1, a1, 4
	blt	a3, a4, .LBB0_5
.LBB0_6:                                #   in Loop: Header=BB0_3 Depth=1
	bge	s0, a7, .LBB0_14
# %bb.7:                                #   in Loop: Header=BB0_3 Depth=1
	addiw	a3, a7, 1
	mv	a1, t3
	mv	a2, t2
.LBB0_8:                                #   Parent Loop BB0_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sw	a5, 0(a2)
	addiw	a5, a5, 1
	sext.w	s1, a1
	addi	a2, a2, 36
	addi	a1, a1, 1
	bne	a3, s1, .LBB0_8
# %bb.9:                                #   in Loop: Header=BB0_3 Depth=1
	bge	s0, a7, .LBB0_14
# %bb.10:                               #   in Loop: Header=BB0_3 Depth=1
	bge	a0, a4, .LBB0_13
# %bb.11:                               #   in Loop: Header=BB0_3 Depth=1
	mul	a1, a7, a6
	add	a1, a1, t0
	mv	a2, a4
.LBB0_12:                               #   Parent Loop BB0_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sw	a5, 0(a1)
	addiw	a5, a5, 1
	addi	a2, a2, -1
	addi	a1, a1, -4
	blt	a0, a2, .LBB0_12
.LBB0_13:                               #   in Loop: Header=BB0_3 Depth=1
	addiw	a7, a7, -1
.LBB0_14:                               #   in Loop: Header=BB0_3 Depth=1
	bge	a0, a4, .LBB0_2
# %bb.15:                               #   in Loop: Header=BB0_3 Depth=1
	bge	s0, a7, .LBB0_1
# %bb.16:                               #   in Loop: Header=BB0_3 Depth=1
	mul	a1, a7, a6
.LBB0_56:                               #   in Loop: Header=BB0_3 Depth=1
                                        # Label of block must be emitted
	auipc	a2, %pcrel_hi(m)
	addi	a2, a2, %pcrel_lo(.LBB0_56)
	add	a1, a1, a2
	slli	a2, a0, 2
	add	a1, a1, a2
	mv	a2, a7
.LBB0_17:                               #   Parent Loop BB0_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sw	a5, 0(a1)
	addiw	a5, a5, 1
	addi	a2, a2, -1
	addi	a1, a1, -36
	blt	s0, a2, .LBB0_17
	j	.LBB0_1
.LBB0_18:
	li	s0, 0
.LBB0_57:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(m)
	addi	s2, s2, %pcrel_lo(.LBB0_57)
	li	s4, 9
	li	s3, 252
	j	.LBB0_20
.LBB0_19:                               #   in Loop: Header=BB0_20 Depth=1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 10
	call	putch@plt
	addi	s0, s0, 36
	beq	s0, s3, .LBB0_38
.LBB0_20:                               # =>This Inner Loop Header: Depth=1
	add	s1, s2, s0
	lw	a0, 0(s1)
	addi	s5, s1, 16
	blt	s4, a0, .LBB0_22
# %bb.21:                               #   in Loop: Header=BB0_20 Depth=1
	li	a0, 32
	call	putch@plt
	lw	a0, -16(s5)
.LBB0_22:                               #   in Loop: Header=BB0_20 Depth=1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 4(s1)
	blt	s4, a0, .LBB0_24
# %bb.23:                               #   in Loop: Header=BB0_20 Depth=1
	li	a0, 32
	call	putch@plt
	lw	a0, -12(s5)
.LBB0_24:                               #   in Loop: Header=BB0_20 Depth=1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 8(s1)
	blt	s4, a0, .LBB0_26
# %bb.25:                               #   in Loop: Header=BB0_20 Depth=1
	li	a0, 32
	call	putch@plt
	lw	a0, -8(s5)
.LBB0_26:                               #   in Loop: Header=BB0_20 Depth=1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 12(s1)
	blt	s4, a0, .LBB0_28
# %bb.27:                               #   in Loop: Header=BB0_20 Depth=1
	li	a0, 32
	call	putch@plt
	lw	a0, -4(s5)
.LBB0_28:                               #   in Loop: Header=BB0_20 Depth=1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 16(s1)
	blt	s4, a0, .LBB0_30
# %bb.29:                               #   in Loop: Header=BB0_20 Depth=1
	li	a0, 32
	call	putch@plt
	lw	a0, 0(s5)
.LBB0_30:                               #   in Loop: Header=BB0_20 Depth=1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 20(s1)
	blt	s4, a0, .LBB0_32
# %bb.31:                               #   in Loop: Header=BB0_20 Depth=1
	li	a0, 32
	call	putch@plt
	lw	a0, 4(s5)
.LBB0_32:                               #   in Loop: Header=BB0_20 Depth=1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 24(s1)
	blt	s4, a0, .LBB0_34
# %bb.33:                               #   in Loop: Header=BB0_20 Depth=1
	li	a0, 32
	call	putch@plt
	lw	a0, 8(s5)
.LBB0_34:                               #   in Loop: Header=BB0_20 Depth=1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 28(s1)
	blt	s4, a0, .LBB0_36
# %bb.35:                               #   in Loop: Header=BB0_20 Depth=1
	li	a0, 32
	call	putch@plt
	lw	a0, 12(s5)
.LBB0_36:                               #   in Loop: Header=BB0_20 Depth=1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 32(s1)
	blt	s4, a0, .LBB0_19
# %bb.37:                               #   in Loop: Header=BB0_20 Depth=1
	li	a0, 32
	call	putch@plt
	lw	a0, 16(s5)
	j	.LBB0_19
.LBB0_38:
	li	a0, 0
	li	s0, 0
	li	a1, 8
	lui	a2, 861319
	addiw	a2, a2, 85
	lui	a3, 2
	addiw	a3, a3, 1781
	li	a6, 15
	mv	a5, s2
	j	.LBB0_40
.LBB0_39:                               #   in Loop: Header=BB0_40 Depth=1
	addi	a0, a0, 1
	addi	a5, a5, 4
	beq	a0, a6, .LBB0_54
.LBB0_40:                               # =>This Inner Loop Header: Depth=1
	bgeu	a1, a0, .LBB0_47
# %bb.41:                               #   in Loop: Header=BB0_40 Depth=1
	addiw	s1, a0, -1
	bgeu	a1, s1, .LBB0_48
.LBB0_42:                               #   in Loop: Header=BB0_40 Depth=1
	addiw	s1, a0, -2
	bgeu	a1, s1, .LBB0_49
.LBB0_43:                               #   in Loop: Header=BB0_40 Depth=1
	addiw	s1, a0, -3
	bgeu	a1, s1, .LBB0_50
.LBB0_44:                               #   in Loop: Header=BB0_40 Depth=1
	addiw	s1, a0, -4
	bgeu	a1, s1, .LBB0_51
.LBB0_45:                               #   in Loop: Header=BB0_40 Depth=1
	addiw	s1, a0, -5
	bgeu	a1, s1, .LBB0_52
.LBB0_46:                               #   in Loop: Header=BB0_40 Depth=1
	addiw	s1, a0, -6
	bltu	a1, s1, .LBB0_39
	j	.LBB0_53
.LBB0_47:                               #   in Loop: Header=BB0_40 Depth=1
	lw	s1, 0(a5)
	slliw	a4, s0, 3
	subw	a4, a4, s0
	addw	a4, a4, s1
	mul	s1, a4, a2
	srli	s1, s1, 32
	addw	s1, s1, a4
	srliw	s0, s1, 31
	sraiw	s1, s1, 13
	addw	s1, s1, s0
	mulw	s1, s1, a3
	subw	s0, a4, s1
	addiw	s1, a0, -1
	bltu	a1, s1, .LBB0_42
.LBB0_48:                               #   in Loop: Header=BB0_40 Depth=1
	slli	a4, s1, 32
	srli	a4, a4, 30
	add	a4, a4, s2
	lw	a4, 36(a4)
	slliw	s1, s0, 3
	subw	s1, s1, s0
	addw	a4, a4, s1
	mul	s1, a4, a2
	srli	s1, s1, 32
	addw	s1, s1, a4
	srliw	s0, s1, 31
	sraiw	s1, s1, 13
	addw	s1, s1, s0
	mulw	s1, s1, a3
	subw	s0, a4, s1
	addiw	s1, a0, -2
	bltu	a1, s1, .LBB0_43
.LBB0_49:                               #   in Loop: Header=BB0_40 Depth=1
	slli	a4, s1, 32
	srli	a4, a4, 30
	add	a4, a4, s2
	lw	a4, 72(a4)
	slliw	s1, s0, 3
	subw	s1, s1, s0
	addw	a4, a4, s1
	mul	s1, a4, a2
	srli	s1, s1, 32
	addw	s1, s1, a4
	srliw	s0, s1, 31
	sraiw	s1, s1, 13
	addw	s1, s1, s0
	mulw	s1, s1, a3
	subw	s0, a4, s1
	addiw	s1, a0, -3
	bltu	a1, s1, .LBB0_44
.LBB0_50:                               #   in Loop: Header=BB0_40 Depth=1
	slli	a4, s1, 32
	srli	a4, a4, 30
	add	a4, a4, s2
	lw	a4, 108(a4)
	slliw	s1, s0, 3
	subw	s1, s1, s0
	addw	a4, a4, s1
	mul	s1, a4, a2
	srli	s1, s1, 32
	addw	s1, s1, a4
	srliw	s0, s1, 31
	sraiw	s1, s1, 13
	addw	s1, s1, s0
	mulw	s1, s1, a3
	subw	s0, a4, s1
	addiw	s1, a0, -4
	bltu	a1, s1, .LBB0_45
.LBB0_51:                               #   in Loop: Header=BB0_40 Depth=1
	slli	a4, s1, 32
	srli	a4, a4, 30
	add	a4, a4, s2
	lw	a4, 144(a4)
	slliw	s1, s0, 3
	subw	s1, s1, s0
	addw	a4, a4, s1
	mul	s1, a4, a2
	srli	s1, s1, 32
	addw	s1, s1, a4
	srliw	s0, s1, 31
	sraiw	s1, s1, 13
	addw	s1, s1, s0
	mulw	s1, s1, a3
	subw	s0, a4, s1
	addiw	s1, a0, -5
	bltu	a1, s1, .LBB0_46
.LBB0_52:                               #   in Loop: Header=BB0_40 Depth=1
	slli	a4, s1, 32
	srli	a4, a4, 30
.LBB0_58:                               #   in Loop: Header=BB0_40 Depth=1
                                        # Label of block must be emitted
	auipc	s1, %pcrel_hi(m)
	addi	s1, s1, %pcrel_lo(.LBB0_58)
	add	a4, a4, s1
	lw	a4, 180(a4)
	slliw	s1, s0, 3
	subw	s1, s1, s0
	addw	a4, a4, s1
	mul	s1, a4, a2
	srli	s1, s1, 32
	addw	s1, s1, a4
	srliw	s0, s1, 31
	sraiw	s1, s1, 13
	addw	s1, s1, s0
	mulw	s1, s1, a3
	subw	s0, a4, s1
	addiw	s1, a0, -6
	bltu	a1, s1, .LBB0_39
.LBB0_53:                               #   in Loop: Header=BB0_40 Depth=1
	slli	a4, s1, 32
	srli	a4, a4, 30
.LBB0_59:                               #   in Loop: Header=BB0_40 Depth=1
                                        # Label of block must be emitted
	auipc	s1, %pcrel_hi(m)
	addi	s1, s1, %pcrel_lo(.LBB0_59)
	add	a4, a4, s1
	lw	a4, 216(a4)
	slliw	s1, s0, 3
	subw	s1, s1, s0
	addw	a4, a4, s1
	mul	s1, a4, a2
	srli	s1, s1, 32
	addw	s1, s1, a4
	srliw	s0, s1, 31
	sraiw	s1, s1, 13
	addw	s1, s1, s0
	mulw	s1, s1, a3
	subw	s0, a4, s1
	j	.LBB0_39
.LBB0_54:
	mv	a0, s0
	call	putint@plt
	li	a0, 10
	call	putch@plt
	sraiw	a0, s0, 31
	srliw	a0, a0, 24
	add	a0, a0, s0
	andi	a0, a0, -256
	subw	a0, s0, a0
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	ld	s4, 16(sp)                      # 8-byte Folded Reload
	ld	s5, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	m,@object                       # @m
	.bss
	.globl	m
	.p2align	2
m:
	.zero	252
	.size	m, 252

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
