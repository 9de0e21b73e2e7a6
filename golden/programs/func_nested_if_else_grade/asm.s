	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_nested_if_else_grade.sy"
	.globl	grade                           # -- Begin function grade
	.p2align	1
	.type	grade,@function
grade:                                  # @grade
# %bb.0:
	li	a1, 90
	blt	a0, a1, .LBB0_3
# %bb.1:
	li	a2, 96
	li	a1, 1
	bltu	a2, a0, .LBB0_8
# %bb.2:
	li	a1, 92
	sltu	a0, a1, a0
	li	a1, 3
	j	.LBB0_7
.LBB0_3:
	li	a1, 80
	blt	a0, a1, .LBB0_6
# %bb.4:
	li	a2, 86
	li	a1, 4
	bltu	a2, a0, .LBB0_8
# %bb.5:
	li	a1, 82
	sltu	a0, a1, a0
	li	a1, 6
	j	.LBB0_7
.LBB0_6:
	li	a1, 59
	slt	a0, a1, a0
	li	a1, 8
.LBB0_7:
	sub	a1, a1, a0
.LBB0_8:
	mv	a0, a1
	ret
.Lfunc_end0:
	.size	grade, .Lfunc_end0-grade
                                        # -- End function
	.globl	quadrant                        # -- Begin function quadrant
	.p2align	1
	.type	quadrant,@function
quadrant:                               # @quadrant
# %bb.0:
	mv	a2, a0
	snez	a0, a0
	snez	a3, a1
	and	a0, a0, a3
	bnez	a0, .LBB1_3
# %bb.1:
	or	a1, a1, a2
	li	a0, 0
	beqz	a1, .LBB1_8
# %bb.2:
	seqz	a0, a2
	li	a1, 6
	j	.LBB1_7
.LBB1_3:
	blez	a2, .LBB1_6
# %bb.4:
	li	a0, 4
	blez	a1, .LBB1_8
# %bb.5:
	li	a0, 1
	ret
.LBB1_6:
	sgtz	a0, a1
	li	a1, 3
.LBB1_7:
	sub	a0, a1, a0
.LBB1_8:
	ret
.Lfunc_end1:
	.size	quadrant, .Lfunc_end1-quadrant
                                        # -- End function
	.globl	triangle_kind                   # -- Begin function triangle_kind
	.p2align	1
	.type	triangle_kind,@function
triangle_kind:                          # @triangle_kind
# %bb.0:
	addw	a3, a1, a0
	slt	a3, a2, a3
	addw	a4, a2, a0
	slt	a4, a1, a4
	and	a3, a3, a4
	addw	a4, a2, a1
	slt	a4, a0, a4
	and	a4, a4, a3
	li	a3, 0
	beqz	a4, .LBB2_6
# %bb.1:
	bne	a0, a1, .LBB2_3
# %bb.2:
	xor	a0, a1, a2
	seqz	a0, a0
	ori	a0, a0, 2
	ret
.LBB2_3:
	xor	a3, a1, a2
	seqz	a3, a3
	xor	a4, a0, a2
	seqz	a4, a4
	or	a4, a4, a3
	li	a3, 2
	bnez	a4, .LBB2_6
# %bb.4:
	mulw	a0, a0, a0
	mulw	a1, a1, a1
	addw	a3, a1, a0
	mulw	a2, a2, a2
	xor	a3, a3, a2
	seqz	a3, a3
	addw	a4, a2, a0
	xor	a4, a4, a1
	seqz	a4, a4
	or	a3, a3, a4
	addw	a1, a1, a2
	xor	a0, a0, a1
	seqz	a0, a0
	or	a0, a0, a3
	li	a3, 4
	bnez	a0, .LBB2_6
# %bb.5:
	li	a3, 1
.LBB2_6:
	mv	a0, a3
	ret
.Lfunc_end2:
	.size	triangle_kind, .Lfunc_end2-triangle_kind
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
	li	a0, 1
	li	s1, 1
	call	putint@plt
	li	a0, 1
	call	putint@plt
	li	s0, -3
	li	s2, 4
	li	s3, -7
	li	s4, 3
	lui	a0, 67109
	addiw	s5, a0, -557
	li	s6, 1000
	li	s7, 7
	li	s8, -5
	li	s9, -6
	li	s10, 6
	slli	a0, s1, 32
	addi	s11, a0, -2
	j	.LBB3_3
.LBB3_1:                                #   in Loop: Header=BB3_3 Depth=1
	sltiu	a0, a0, -8
	sub	s1, s4, a0
.LBB3_2:                                #   in Loop: Header=BB3_3 Depth=1
	mv	a0, s1
	call	putint@plt
	slliw	a0, s2, 1
	addw	a0, a0, s2
	addw	a0, a0, s1
	mul	a1, a0, s5
	srli	a2, a1, 63
	srai	a1, a1, 38
	addw	a1, a1, a2
	mulw	a1, a1, s6
	addi	s0, s0, 1
	subw	s2, a0, a1
	beq	s0, s7, .LBB3_8
.LBB3_3:                                # =>This Inner Loop Header: Depth=1
	addi	a0, s0, -6
	bltu	a0, s3, .LBB3_1
# %bb.4:                                #   in Loop: Header=BB3_3 Depth=1
	bltu	s8, a0, .LBB3_7
# %bb.5:                                #   in Loop: Header=BB3_3 Depth=1
	li	s1, 4
	bltu	a0, s9, .LBB3_2
# %bb.6:                                #   in Loop: Header=BB3_3 Depth=1
	seqz	a0, s0
	sub	s1, s10, a0
	j	.LBB3_2
.LBB3_7:                                #   in Loop: Header=BB3_3 Depth=1
	and	a0, a0, s11
	xor	a0, a0, s11
	seqz	a0, a0
	addi	s1, a0, 7
	j	.LBB3_2
.LBB3_8:
	li	a0, 10
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 2
	call	putint@plt
	li	a0, 3
	call	putint@plt
	li	a0, 4
	call	putint@plt
	li	a0, 0
	call	putint@plt
	li	a0, 5
	call	putint@plt
	li	a0, 6
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 4
	call	putint@plt
	li	a0, 3
	call	putint@plt
	li	a0, 2
	call	putint@plt
	li	a0, 0
	call	putint@plt
	li	a0, 1
	call	putint@plt
	li	a0, 4
	call	putint@plt
	li	a0, 10
	call	putch@plt
	mv	a0, s2
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
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
