	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_array_param_2d.sy"
	.globl	fill                            # -- Begin function fill
	.p2align	1
	.type	fill,@function
fill:                                   # @fill
# %bb.0:
	blez	a1, .LBB0_3
# %bb.1:
	li	a2, 0
	slli	a1, a1, 32
	srli	a7, a1, 32
	addi	a0, a0, 12
	lui	a3, 149797
	addiw	a3, a3, -1755
	li	a6, 6
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	addi	a2, a2, 1
	slliw	a5, a2, 1
	slli	a4, a5, 32
	srli	a4, a4, 32
	mul	a4, a4, a3
	srli	a4, a4, 32
	subw	a1, a5, a4
	srliw	a1, a1, 1
	add	a1, a1, a4
	srli	a1, a1, 2
	slliw	a4, a1, 3
	subw	a1, a1, a4
	addw	a1, a1, a5
	sw	a1, -12(a0)
	addw	a1, a5, a2
	slli	a4, a1, 32
	srli	a4, a4, 32
	mul	a4, a4, a3
	srli	a4, a4, 32
	subw	a5, a1, a4
	srliw	a5, a5, 1
	add	a4, a4, a5
	srli	a4, a4, 2
	slliw	a5, a4, 3
	subw	a4, a4, a5
	addw	a1, a1, a4
	sw	a1, -8(a0)
	slliw	a1, a2, 2
	slli	a4, a1, 32
	srli	a4, a4, 32
	mul	a4, a4, a3
	srli	a4, a4, 32
	subw	a5, a1, a4
	srliw	a5, a5, 1
	add	a4, a4, a5
	srli	a4, a4, 2
	slliw	a5, a4, 3
	subw	a4, a4, a5
	addw	a4, a4, a1
	sw	a4, -4(a0)
	addw	a1, a1, a2
	slli	a4, a1, 32
	srli	a4, a4, 32
	mul	a4, a4, a3
	srli	a4, a4, 32
	subw	a5, a1, a4
	srliw	a5, a5, 1
	add	a4, a4, a5
	srli	a4, a4, 2
	slliw	a5, a4, 3
	subw	a4, a4, a5
	addw	a1, a1, a4
	sw	a1, 0(a0)
	mulw	a1, a2, a6
	slli	a4, a1, 32
	srli	a4, a4, 32
	mul	a4, a4, a3
	srli	a4, a4, 32
	subw	a5, a1, a4
	srliw	a5, a5, 1
	add	a4, a4, a5
	srli	a4, a4, 2
	slliw	a5, a4, 3
	subw	a4, a4, a5
	addw	a1, a1, a4
	sw	a1, 4(a0)
	slliw	a1, a2, 3
	subw	a1, a1, a2
	slli	a4, a1, 32
	srli	a4, a4, 32
	mul	a4, a4, a3
	srli	a4, a4, 32
	subw	a5, a1, a4
	srliw	a5, a5, 1
	add	a4, a4, a5
	srli	a4, a4, 2
	slliw	a5, a4, 3
	subw	a4, a4, a5
	addw	a1, a1, a4
	sw	a1, 8(a0)
	addi	a0, a0, 24
	bne	a7, a2, .LBB0_2
.LBB0_3:
	ret
.Lfunc_end0:
	.size	fill, .Lfunc_end0-fill
                                        # -- End function
	.globl	row_max                         # -- Begin function row_max
	.p2align	1
	.type	row_max,@function
row_max:                                # @row_max
# %bb.0:
	lw	a2, 0(a0)
	li	a3, 2
	blt	a1, a3, .LBB1_5
# %bb.1:
	slli	a1, a1, 32
	srli	a3, a1, 32
	addi	a1, a0, 4
	addi	a3, a3, -1
	j	.LBB1_3
.LBB1_2:                                #   in Loop: Header=BB1_3 Depth=1
	addi	a3, a3, -1
	addi	a1, a1, 4
	mv	a2, a0
	beqz	a3, .LBB1_6
.LBB1_3:                                # =>This Inner Loop Header: Depth=1
	lw	a0, 0(a1)
	blt	a2, a0, .LBB1_2
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	mv	a0, a2
	j	.LBB1_2
.LBB1_5:
	mv	a0, a2
.LBB1_6:
	ret
.Lfunc_end1:
	.size	row_max, .Lfunc_end1-row_max
                                        # -- End function
	.globl	col_sum                         # -- Begin function col_sum
	.p2align	1
	.type	col_sum,@function
col_sum:                                # @col_sum
# %bb.0:
	blez	a1, .LBB2_4
# %bb.1:
	mv	a3, a0
	li	a0, 0
	slli	a2, a2, 2
	add	a2, a2, a3
	slli	a1, a1, 32
	srli	a1, a1, 32
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	lw	a3, 0(a2)
	addw	a0, a0, a3
	addi	a1, a1, -1
	addi	a2, a2, 24
	bnez	a1, .LBB2_2
# %bb.3:
	ret
.LBB2_4:
	li	a0, 0
	ret
.Lfunc_end2:
	.size	col_sum, .Lfunc_end2-col_sum
                                        # -- End function
	.globl	cube_sum                        # -- Begin function cube_sum
	.p2align	1
	.type	cube_sum,@function
cube_sum:                               # @cube_sum
# %bb.0:
	mv	a1, a0
	li	a2, 0
	li	a0, 0
	addi	a7, a1, 40
	li	a6, 240
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	add	a4, a7, a2
	lw	a5, -40(a4)
	lw	a3, -36(a4)
	lw	a1, -32(a4)
	addw	a0, a0, a5
	lw	a5, -28(a4)
	addw	a0, a0, a3
	addw	a0, a0, a1
	lw	a1, -24(a4)
	addw	a0, a0, a5
	lw	a3, -20(a4)
	lw	a5, -16(a4)
	addw	a0, a0, a1
	lw	a1, -12(a4)
	addw	a0, a0, a3
	addw	a0, a0, a5
	lw	a3, -8(a4)
	addw	a0, a0, a1
	lw	a1, -4(a4)
	lw	a5, 0(a4)
	addw	a0, a0, a3
	lw	a3, 4(a4)
	addw	a0, a0, a1
	addw	a0, a0, a5
	lw	a1, 8(a4)
	addw	a0, a0, a3
	lw	a3, 12(a4)
	lw	a5, 16(a4)
	addw	a0, a0, a1
	lw	a1, 20(a4)
	addw	a0, a0, a3
	addw	a0, a0, a5
	lw	a3, 24(a4)
	addw	a0, a0, a1
	lw	a1, 28(a4)
	lw	a5, 32(a4)
	addw	a0, a0, a3
	lw	a3, 36(a4)
	addw	a0, a0, a1
	addw	a0, a0, a5
	addi	a2, a2, 80
	addw	a0, a0, a3
	bne	a2, a6, .LBB3_1
# %bb.2:
	ret
.Lfunc_end3:
	.size	cube_sum, .Lfunc_end3-cube_sum
                                        # -- End function
	.globl	scale_plane                     # -- Begin function scale_plane
	.p2align	1
	.type	scale_plane,@function
scale_plane:                            # @scale_plane
# %bb.0:
	lw	a2, 0(a0)
	lw	a3, 4(a0)
	mulw	a2, a2, a1
	sw	a2, 0(a0)
	lw	a2, 8(a0)
	mulw	a3, a3, a1
	sw	a3, 4(a0)
	lw	a3, 12(a0)
	mulw	a2, a2, a1
	sw	a2, 8(a0)
	lw	a2, 16(a0)
	mulw	a3, a3, a1
	sw	a3, 12(a0)
	lw	a3, 20(a0)
	mulw	a2, a2, a1
	sw	a2, 16(a0)
	lw	a2, 24(a0)
	mulw	a3, a3, a1
	sw	a3, 20(a0)
	lw	a3, 28(a0)
	mulw	a2, a2, a1
	sw	a2, 24(a0)
	lw	a2, 32(a0)
	mulw	a3, a3, a1
	sw	a3, 28(a0)
	lw	a3, 36(a0)
	mulw	a2, a2, a1
	sw	a2, 32(a0)
	lw	a2, 40(a0)
	mulw	a3, a3, a1
	sw	a3, 36(a0)
	lw	a3, 44(a0)
	mulw	a2, a2, a1
	sw	a2, 40(a0)
	lw	a2, 48(a0)
	mulw	a3, a3, a1
	sw	a3, 44(a0)
	lw	a3, 52(a0)
	mulw	a2, a2, a1
	sw	a2, 48(a0)
	lw	a2, 56(a0)
	mulw	a3, a3, a1
	sw	a3, 52(a0)
	lw	a3, 60(a0)
	mulw	a2, a2, a1
	sw	a2, 56(a0)
	lw	a2, 64(a0)
	mulw	a3, a3, a1
	sw	a3, 60(a0)
	lw	a3, 68(a0)
	mulw	a2, a2, a1
	sw	a2, 64(a0)
	lw	a2, 72(a0)
	mulw	a3, a3, a1
	lw	a4, 76(a0)
	sw	a3, 68(a0)
	mulw	a2, a2, a1
	sw	a2, 72(a0)
	mulw	a1, a4, a1
	sw	a1, 76(a0)
	ret
.Lfunc_end4:
	.size	scale_plane, .Lfunc_end4-scale_plane
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
.LBB5_53:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(grid)
	addi	s0, s0, %pcrel_lo(.LBB5_53)
	li	a0, 2
	sw	a0, 0(s0)
	li	a1, 3
	sw	a1, 4(s0)
	li	a2, 4
	sw	a2, 8(s0)
	li	a3, 5
	sw	a3, 12(s0)
	li	a4, 6
	sw	a4, 16(s0)
	sw	zero, 20(s0)
	sw	a2, 24(s0)
	addi	s2, s0, 24
	sw	a4, 28(s0)
	li	a5, 1
	sw	a5, 32(s0)
	sw	a1, 36(s0)
	sw	a3, 40(s0)
	sw	zero, 44(s0)
	sw	a4, 48(s0)
	addi	s3, s0, 48
	sw	a0, 52(s0)
	sw	a3, 56(s0)
	sw	a5, 60(s0)
	sw	a2, 64(s0)
	sw	zero, 68(s0)
	sw	a5, 72(s0)
	addi	s4, s0, 72
	sw	a3, 76(s0)
	sw	a0, 80(s0)
	sw	a4, 84(s0)
	sw	a1, 88(s0)
	sw	zero, 92(s0)
	sw	a1, 96(s0)
	addi	s1, s0, 96
	sw	a5, 100(s0)
	sw	a4, 104(s0)
	sw	a2, 108(s0)
	sw	a0, 112(s0)
	sw	zero, 116(s0)
	li	a0, 6
	mv	a1, s0
	call	putarray@plt
	li	a0, 6
	mv	a1, s2
	call	putarray@plt
	li	a0, 6
	mv	a1, s3
	call	putarray@plt
	li	a0, 6
	mv	a1, s4
	call	putarray@plt
	li	a0, 6
	mv	a1, s1
	call	putarray@plt
	lw	a1, 0(s0)
	lw	a0, 4(s0)
	bge	a1, a0, .LBB5_33
# %bb.1:
	lw	a1, 8(s0)
	bge	a0, a1, .LBB5_34
.LBB5_2:
	lw	a0, 12(s0)
	bge	a1, a0, .LBB5_35
.LBB5_3:
	lw	a1, 16(s0)
	bge	a0, a1, .LBB5_36
.LBB5_4:
	lw	a2, 20(s0)
	blt	a1, a2, .LBB5_6
.LBB5_5:
	mv	a2, a1
.LBB5_6:
	lw	a1, 24(s0)
	lw	a0, 28(s0)
	sw	a2, 12(sp)
	bge	a1, a0, .LBB5_37
# %bb.7:
	lw	a1, 32(s0)
	bge	a0, a1, .LBB5_38
.LBB5_8:
	lw	a0, 36(s0)
	bge	a1, a0, .LBB5_39
.LBB5_9:
	lw	a1, 40(s0)
	bge	a0, a1, .LBB5_40
.LBB5_10:
	lw	a2, 44(s0)
	blt	a1, a2, .LBB5_12
.LBB5_11:
	mv	a2, a1
.LBB5_12:
	lw	a1, 48(s0)
	lw	a0, 52(s0)
	sw	a2, 16(sp)
	bge	a1, a0, .LBB5_41
# %bb.13:
	lw	a1, 56(s0)
	bge	a0, a1, .LBB5_42
.LBB5_14:
	lw	a0, 60(s0)
	bge	a1, a0, .LBB5_43
.LBB5_15:
	lw	a1, 64(s0)
	bge	a0, a1, .LBB5_44
.LBB5_16:
	lw	a2, 68(s0)
	blt	a1, a2, .LBB5_18
.LBB5_17:
	mv	a2, a1
.LBB5_18:
	lw	a1, 72(s0)
	lw	a0, 76(s0)
	sw	a2, 20(sp)
	bge	a1, a0, .LBB5_45
# %bb.19:
	lw	a1, 80(s0)
	bge	a0, a1, .LBB5_46
.LBB5_20:
	lw	a0, 84(s0)
	bge	a1, a0, .LBB5_47
.LBB5_21:
	lw	a1, 88(s0)
	bge	a0, a1, .LBB5_48
.LBB5_22:
	lw	a2, 92(s0)
	blt	a1, a2, .LBB5_24
.LBB5_23:
	mv	a2, a1
.LBB5_24:
	lw	a1, 96(s0)
	lw	a0, 100(s0)
	sw	a2, 24(sp)
	bge	a1, a0, .LBB5_49
# %bb.25:
	lw	a1, 104(s0)
	bge	a0, a1, .LBB5_50
.LBB5_26:
	lw	a0, 108(s0)
	bge	a1, a0, .LBB5_51
.LBB5_27:
	lw	a1, 112(s0)
	bge	a0, a1, .LBB5_52
.LBB5_28:
	lw	a0, 116(s0)
	blt	a1, a0, .LBB5_30
.LBB5_29:
	mv	a0, a1
.LBB5_30:
	sw	a0, 28(sp)
	li	a0, 5
	addi	a1, sp, 12
	call	putarray@plt
	lw	a0, 0(s0)
	lw	a1, 24(s0)
	lw	a2, 48(s0)
	lw	a3, 72(s0)
	lw	a4, 96(s0)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
	addw	a0, a0, a4
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 4(s0)
	lw	a1, 28(s0)
	lw	a2, 52(s0)
	lw	a3, 76(s0)
	lw	a4, 100(s0)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
	addw	a0, a0, a4
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 8(s0)
	lw	a1, 32(s0)
	lw	a2, 56(s0)
	lw	a3, 80(s0)
	lw	a4, 104(s0)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
	addw	a0, a0, a4
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 12(s0)
	lw	a1, 36(s0)
	lw	a2, 60(s0)
	lw	a3, 84(s0)
	lw	a4, 108(s0)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
	addw	a0, a0, a4
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 16(s0)
	lw	a1, 40(s0)
	lw	a2, 64(s0)
	lw	a3, 88(s0)
	lw	a4, 112(s0)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
	addw	a0, a0, a4
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 20(s0)
	lw	a1, 44(s0)
	lw	a2, 68(s0)
	lw	a3, 92(s0)
	lw	a4, 116(s0)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
	addw	a0, a0, a4
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 10
	call	putch@plt
	li	a5, 0
	li	a6, 57
	li	a7, 205
	li	t0, 80
.LBB5_54:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(cube)
	addi	s0, s0, %pcrel_lo(.LBB5_54)
	li	t1, 20
	li	a4, 59
.LBB5_31:                               # =>This Inner Loop Header: Depth=1
	mv	s1, a5
	andi	a5, a5, 255
	mul	a0, a5, a6
	srli	a0, a0, 9
	slliw	a1, a0, 3
	addw	a0, a0, a1
	subw	a0, s1, a0
	andi	a0, a0, 255
	mul	a1, a5, a7
	srli	a5, a1, 12
	srli	a1, a1, 10
	andi	a2, a1, 3
	slliw	a3, a1, 2
	addw	a1, a1, a3
	subw	a1, s1, a1
	andi	a1, a1, 255
	mul	a3, a5, t0
	add	a3, a3, s0
	mul	a2, a2, t1
	add	a2, a2, a3
	slli	a1, a1, 2
	add	a1, a1, a2
	sw	a0, 0(a1)
	addiw	a5, s1, 1
	bltu	s1, a4, .LBB5_31
# %bb.32:
	mv	a0, s0
	call	cube_sum
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 80(s0)
	slliw	a1, a0, 1
	lw	a2, 84(s0)
	addw	a0, a0, a1
	sw	a0, 80(s0)
	lw	a0, 88(s0)
	slliw	a1, a2, 1
	addw	a1, a1, a2
	sw	a1, 84(s0)
	slliw	a1, a0, 1
	lw	a2, 92(s0)
	addw	a0, a0, a1
	sw	a0, 88(s0)
	lw	a0, 96(s0)
	slliw	a1, a2, 1
	addw	a1, a1, a2
	sw	a1, 92(s0)
	slliw	a1, a0, 1
	lw	a2, 100(s0)
	addw	a0, a0, a1
	sw	a0, 96(s0)
	lw	a0, 104(s0)
	slliw	a1, a2, 1
	addw	a1, a1, a2
	sw	a1, 100(s0)
	slliw	a1, a0, 1
	lw	a2, 108(s0)
	addw	a0, a0, a1
	sw	a0, 104(s0)
	lw	a0, 112(s0)
	slliw	a1, a2, 1
	addw	a1, a1, a2
	sw	a1, 108(s0)
	slliw	a1, a0, 1
	lw	a2, 116(s0)
	addw	a0, a0, a1
	sw	a0, 112(s0)
	lw	a0, 120(s0)
	slliw	a1, a2, 1
	addw	a1, a1, a2
	sw	a1, 116(s0)
	slliw	a1, a0, 1
	lw	a2, 124(s0)
	addw	a0, a0, a1
	sw	a0, 120(s0)
	lw	a0, 128(s0)
	slliw	a1, a2, 1
	addw	a1, a1, a2
	sw	a1, 124(s0)
	slliw	a1, a0, 1
	lw	a2, 132(s0)
	addw	a0, a0, a1
	sw	a0, 128(s0)
	lw	a0, 136(s0)
	slliw	a1, a2, 1
	addw	a1, a1, a2
	sw	a1, 132(s0)
	slliw	a1, a0, 1
	lw	a2, 140(s0)
	addw	a0, a0, a1
	sw	a0, 136(s0)
	lw	a0, 144(s0)
	slliw	a1, a2, 1
	addw	a1, a1, a2
	sw	a1, 140(s0)
	slliw	a1, a0, 1
	lw	a2, 148(s0)
	addw	a0, a0, a1
	sw	a0, 144(s0)
	lw	a0, 152(s0)
	slliw	a1, a2, 1
	addw	a1, a1, a2
	sw	a1, 148(s0)
	slliw	a1, a0, 1
	lw	a2, 156(s0)
	addw	a0, a0, a1
	addi	s1, s0, 120
	sw	a0, 152(s0)
	slliw	a0, a2, 1
	addw	a0, a0, a2
	sw	a0, 156(s0)
	mv	a0, s0
	call	cube_sum
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 5
	mv	a1, s1
	call	putarray@plt
	mv	a0, s0
	call	cube_sum
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	ld	s1, 56(sp)                      # 8-byte Folded Reload
	ld	s2, 48(sp)                      # 8-byte Folded Reload
	ld	s3, 40(sp)                      # 8-byte Folded Reload
	ld	s4, 32(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 80
	ret
.LBB5_33:
	mv	a0, a1
	lw	a1, 8(s0)
	blt	a0, a1, .LBB5_2
.LBB5_34:
	mv	a1, a0
	lw	a0, 12(s0)
	blt	a1, a0, .LBB5_3
.LBB5_35:
	mv	a0, a1
	lw	a1, 16(s0)
	blt	a0, a1, .LBB5_4
.LBB5_36:
	mv	a1, a0
	lw	a2, 20(s0)
	bge	a1, a2, .LBB5_5
	j	.LBB5_6
.LBB5_37:
	mv	a0, a1
	lw	a1, 32(s0)
	blt	a0, a1, .LBB5_8
.LBB5_38:
	mv	a1, a0
	lw	a0, 36(s0)
	blt	a1, a0, .LBB5_9
.LBB5_39:
	mv	a0, a1
	lw	a1, 40(s0)
	blt	a0, a1, .LBB5_10
.LBB5_40:
	mv	a1, a0
	lw	a2, 44(s0)
	bge	a1, a2, .LBB5_11
	j	.LBB5_12
.LBB5_41:
	mv	a0, a1
	lw	a1, 56(s0)
	blt	a0, a1, .LBB5_14
.LBB5_42:
	mv	a1, a0
	lw	a0, 60(s0)
	blt	a1, a0, .LBB5_15
.LBB5_43:
	mv	a0, a1
	lw	a1, 64(s0)
	blt	a0, a1, .LBB5_16
.LBB5_44:
	mv	a1, a0
	lw	a2, 68(s0)
	bge	a1, a2, .LBB5_17
	j	.LBB5_18
.LBB5_45:
	mv	a0, a1
	lw	a1, 80(s0)
	blt	a0, a1, .LBB5_20
.LBB5_46:
	mv	a1, a0
	lw	a0, 84(s0)
	blt	a1, a0, .LBB5_21
.LBB5_47:
	mv	a0, a1
	lw	a1, 88(s0)
	blt	a0, a1, .LBB5_22
.LBB5_48:
	mv	a1, a0
	lw	a2, 92(s0)
	bge	a1, a2, .LBB5_23
	j	.LBB5_24
.LBB5_49:
	mv	a0, a1
	lw	a1, 104(s0)
	blt	a0, a1, .LBB5_26
.LBB5_50:
	mv	a1, a0
	lw	a0, 108(s0)
	blt	a1, a0, .LBB5_27
.LBB5_51:
	mv	a0, a1
	lw	a1, 112(s0)
	blt	a0, a1, .LBB5_28
.LBB5_52:
	mv	a1, a0
	lw	a0, 116(s0)
	bge	a1, a0, .LBB5_29
	j	.LBB5_30
.Lfunc_end5:
	.size	main, .Lfunc_end5-main
                                        # -- End function
	.type	grid,@object                    # @grid
	.bss
	.globl	grid
	.p2align	2
grid:
	.zero	120
	.size	grid, 120

	.type	cube,@object                    # @cube
	.globl	cube
	.p2align	2
cube:
	.zero	240
	.size	cube, 240

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
