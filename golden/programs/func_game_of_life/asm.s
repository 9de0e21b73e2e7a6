	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_game_of_life.sy"
	.globl	neighbours                      # -- Begin function neighbours
	.p2align	1
	.type	neighbours,@function
neighbours:                             # @neighbours
# %bb.0:
	addiw	a6, a0, 12
	addiw	a7, a1, 12
	addiw	a4, a0, 11
	lui	a2, 174763
	addiw	a2, a2, -1365
	mul	a3, a4, a2
	srli	a5, a3, 63
	srai	a3, a3, 33
	addw	a5, a5, a3
	li	t0, 12
	mulw	a5, a5, t0
	subw	t1, a4, a5
	addiw	a5, a1, 11
	mul	a3, a5, a2
	srli	a4, a3, 63
	srai	a3, a3, 33
	addw	a3, a3, a4
	mulw	a3, a3, t0
	subw	a3, a5, a3
	li	t2, 48
	mul	a5, t1, t2
.LBB0_1:                                # Label of block must be emitted
	auipc	t1, %pcrel_hi(cur)
	addi	t1, t1, %pcrel_lo(.LBB0_1)
	add	a5, a5, t1
	slli	t4, a3, 2
	add	a4, a5, t4
	lw	t3, 0(a4)
	mul	a4, a7, a2
	srli	a3, a4, 63
	srai	a4, a4, 33
	addw	a3, a3, a4
	mulw	a3, a3, t0
	subw	a3, a7, a3
	slli	a7, a3, 2
	addiw	a1, a1, 13
	mul	a4, a1, a2
	srli	a3, a4, 63
	srai	a4, a4, 33
	addw	a3, a3, a4
	mulw	a3, a3, t0
	subw	a1, a1, a3
	mul	a3, a6, a2
	srli	a4, a3, 63
	srai	a3, a3, 33
	addw	a3, a3, a4
	add	a4, a5, a7
	lw	t5, 0(a4)
	slli	a1, a1, 2
	add	a5, a5, a1
	lw	t6, 0(a5)
	mulw	a3, a3, t0
	subw	a3, a6, a3
	mul	a3, a3, t2
	add	a3, a3, t1
	add	a4, a3, t4
	lw	a4, 0(a4)
	addw	a5, t5, t3
	addw	a5, t6, a5
	addw	a4, a4, a5
	add	a3, a3, a1
	lw	a3, 0(a3)
	addiw	a0, a0, 13
	mul	a2, a0, a2
	srli	a5, a2, 63
	srai	a2, a2, 33
	addw	a2, a2, a5
	mulw	a2, a2, t0
	subw	a0, a0, a2
	mul	a0, a0, t2
	add	a0, a0, t1
	add	a2, a0, t4
	lw	a2, 0(a2)
	add	a5, a0, a7
	lw	a5, 0(a5)
	add	a0, a0, a1
	lw	a0, 0(a0)
	addw	a1, a3, a4
	addw	a1, a1, a2
	addw	a1, a1, a5
	addw	a0, a0, a1
	ret
.Lfunc_end0:
	.size	neighbours, .Lfunc_end0-neighbours
                                        # -- End function
	.globl	step                            # -- Begin function step
	.p2align	1
	.type	step,@function
step:                                   # @step
# %bb.0:
	addi	sp, sp, -64
	sd	ra, 56(sp)                      # 8-byte Folded Spill
	sd	s0, 48(sp)                      # 8-byte Folded Spill
	sd	s1, 40(sp)                      # 8-byte Folded Spill
	sd	s2, 32(sp)                      # 8-byte Folded Spill
	sd	s3, 24(sp)                      # 8-byte Folded Spill
	sd	s4, 16(sp)                      # 8-byte Folded Spill
	sd	s5, 8(sp)                       # 8-byte Folded Spill
	sd	s6, 0(sp)                       # 8-byte Folded Spill
	li	a7, 0
.LBB1_10:                               # Label of block must be emitted
	auipc	t0, %pcrel_hi(nxt)
	addi	t0, t0, %pcrel_lo(.LBB1_10)
.LBB1_11:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(cur)
	addi	s3, s3, %pcrel_lo(.LBB1_11)
	lui	a0, 171
	addiw	a0, a0, -1365
	slli	a0, a0, 12
	addi	a6, a0, -1365
	li	t3, 12
	li	t2, 171
	li	s2, 48
	mv	t1, s3
	j	.LBB1_2
.LBB1_1:                                #   in Loop: Header=BB1_2 Depth=1
	addi	a7, a7, 1
	addi	t0, t0, 48
	addi	t1, t1, 48
	beq	a7, t3, .LBB1_7
.LBB1_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_5 Depth 2
	li	a0, 0
	li	a1, 0
	addiw	a3, a7, 11
	slli	a4, a3, 32
	srli	a4, a4, 32
	mul	a4, a4, a6
	srli	a4, a4, 35
	mulw	a4, a4, t3
	subw	a3, a3, a4
	addiw	a4, a7, 12
	slli	a5, a4, 32
	srli	a5, a5, 32
	mul	a5, a5, a6
	srli	a5, a5, 35
	mulw	a5, a5, t3
	subw	a4, a4, a5
	addiw	a5, a7, 13
	slli	s1, a5, 32
	srli	s1, s1, 32
	mul	s1, s1, a6
	srli	s1, s1, 35
	mulw	s1, s1, t3
	subw	s1, a5, s1
	slli	a3, a3, 32
	srli	t4, a3, 32
	slli	a4, a4, 32
	srli	t5, a4, 32
	slli	a4, s1, 32
	srli	t6, a4, 32
	j	.LBB1_5
.LBB1_3:                                #   in Loop: Header=BB1_5 Depth=2
	andi	a2, s1, -2
	addi	a2, a2, -2
.LBB1_4:                                #   in Loop: Header=BB1_5 Depth=2
	seqz	s1, a2
	add	a2, t0, a0
	sw	s1, 0(a2)
	addi	a0, a0, 4
	addiw	a1, a1, 1
	beq	a0, s2, .LBB1_1
.LBB1_5:                                #   Parent Loop BB1_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addiw	s1, a1, 11
	andi	a3, s1, 255
	mul	a3, a3, t2
	srli	a3, a3, 11
	mulw	a3, a3, t3
	subw	a3, s1, a3
	andi	a3, a3, 255
	mul	s1, t4, s2
	add	s1, s1, s3
	slli	a3, a3, 2
	add	a5, s1, a3
	lw	s4, 0(a5)
	addiw	a4, a1, 12
	andi	s0, a4, 255
	mul	s0, s0, t2
	srli	s0, s0, 11
	mulw	s0, s0, t3
	subw	a4, a4, s0
	andi	a4, a4, 255
	slli	s6, a4, 2
	add	s0, s1, s6
	lw	s5, 0(s0)
	addiw	a2, a1, 13
	andi	a5, a2, 255
	mul	a5, a5, t2
	srli	a5, a5, 11
	mulw	a5, a5, t3
	subw	a2, a2, a5
	andi	a2, a2, 255
	slli	a2, a2, 2
	add	a5, s1, a2
	lw	a5, 0(a5)
	mul	s1, t5, s2
	add	s1, s1, s3
	add	s0, s1, a3
	lw	s0, 0(s0)
	addw	a4, s5, s4
	addw	a4, a4, a5
	addw	a4, a4, s0
	add	a5, s1, a2
	lw	a5, 0(a5)
	mul	s0, t6, s2
	add	s0, s0, s3
	add	a3, a3, s0
	lw	a3, 0(a3)
	add	s1, s0, s6
	lw	s1, 0(s1)
	add	a2, a2, s0
	lw	a2, 0(a2)
	add	s0, t1, a0
	lw	s0, 0(s0)
	addw	a4, a4, a5
	addw	a3, a3, a4
	addw	a3, a3, s1
	addw	s1, a3, a2
	bnez	s0, .LBB1_3
# %bb.6:                                #   in Loop: Header=BB1_5 Depth=2
	addi	a2, s1, -3
	j	.LBB1_4
.LBB1_7:
.LBB1_12:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(cur)
	addi	a0, a0, %pcrel_lo(.LBB1_12)
.LBB1_13:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(nxt)
	addi	s0, s0, %pcrel_lo(.LBB1_13)
	li	a2, 576
	li	s1, 576
	mv	a1, s0
	call	memcpy@plt
	li	a1, 0
	li	a0, 0
.LBB1_8:                                # =>This Inner Loop Header: Depth=1
	add	a2, s0, a1
	lw	a3, 0(a2)
	lw	a4, 4(a2)
	lw	a5, 8(a2)
	addw	a0, a0, a3
	lw	a3, 12(a2)
	addw	a0, a0, a4
	addw	a0, a0, a5
	lw	a4, 16(a2)
	addw	a0, a0, a3
	lw	a3, 20(a2)
	lw	a5, 24(a2)
	addw	a0, a0, a4
	lw	a4, 28(a2)
	addw	a0, a0, a3
	addw	a0, a0, a5
	lw	a3, 32(a2)
	addw	a0, a0, a4
	lw	a4, 36(a2)
	lw	a5, 40(a2)
	addw	a0, a0, a3
	lw	a2, 44(a2)
	addw	a0, a0, a4
	addw	a0, a0, a5
	addi	a1, a1, 48
	addw	a0, a0, a2
	bne	a1, s1, .LBB1_8
# %bb.9:
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	ld	s4, 16(sp)                      # 8-byte Folded Reload
	ld	s5, 8(sp)                       # 8-byte Folded Reload
	ld	s6, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end1:
	.size	step, .Lfunc_end1-step
                                        # -- End function
	.globl	show                            # -- Begin function show
	.p2align	1
	.type	show,@function
show:                                   # @show
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	sd	s4, 0(sp)                       # 8-byte Folded Spill
	li	s1, 0
.LBB2_27:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(cur)
	addi	s2, s2, %pcrel_lo(.LBB2_27)
	li	s3, 576
	j	.LBB2_2
.LBB2_1:                                #   in Loop: Header=BB2_2 Depth=1
	mv	a0, s4
	call	putch@plt
	li	a0, 10
	call	putch@plt
	addi	s1, s1, 48
	beq	s1, s3, .LBB2_26
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	add	s0, s2, s1
	lw	a1, 0(s0)
	li	s4, 46
	li	a0, 46
	beqz	a1, .LBB2_4
# %bb.3:                                #   in Loop: Header=BB2_2 Depth=1
	li	a0, 35
.LBB2_4:                                #   in Loop: Header=BB2_2 Depth=1
	call	putch@plt
	lw	a1, 4(s0)
	li	a0, 46
	beqz	a1, .LBB2_6
# %bb.5:                                #   in Loop: Header=BB2_2 Depth=1
	li	a0, 35
.LBB2_6:                                #   in Loop: Header=BB2_2 Depth=1
	call	putch@plt
	lw	a1, 8(s0)
	li	a0, 46
	beqz	a1, .LBB2_8
# %bb.7:                                #   in Loop: Header=BB2_2 Depth=1
	li	a0, 35
.LBB2_8:                                #   in Loop: Header=BB2_2 Depth=1
	call	putch@plt
	lw	a1, 12(s0)
	li	a0, 46
	beqz	a1, .LBB2_10
# %bb.9:                                #   in Loop: Header=BB2_2 Depth=1
	li	a0, 35
.LBB2_10:                               #   in Loop: Header=BB2_2 Depth=1
	call	putch@plt
	lw	a1, 16(s0)
	li	a0, 46
	beqz	a1, .LBB2_12
# %bb.11:                               #   in Loop: Header=BB2_2 Depth=1
	li	a0, 35
.LBB2_12:                               #   in Loop: Header=BB2_2 Depth=1
	call	putch@plt
	lw	a1, 20(s0)
	li	a0, 46
	beqz	a1, .LBB2_14
# %bb.13:                               #   in Loop: Header=BB2_2 Depth=1
	li	a0, 35
.LBB2_14:                               #   in Loop: Header=BB2_2 Depth=1
	call	putch@plt
	lw	a1, 24(s0)
	li	a0, 46
	beqz	a1, .LBB2_16
# %bb.15:                               #   in Loop: Header=BB2_2 Depth=1
	li	a0, 35
.LBB2_16:                               #   in Loop: Header=BB2_2 Depth=1
	call	putch@plt
	lw	a1, 28(s0)
	li	a0, 46
	beqz	a1, .LBB2_18
# %bb.17:                               #   in Loop: Header=BB2_2 Depth=1
	li	a0, 35
.LBB2_18:                               #   in Loop: Header=BB2_2 Depth=1
	call	putch@plt
	lw	a1, 32(s0)
	li	a0, 46
	beqz	a1, .LBB2_20
# %bb.19:                               #   in Loop: Header=BB2_2 Depth=1
	li	a0, 35
.LBB2_20:                               #   in Loop: Header=BB2_2 Depth=1
	call	putch@plt
	lw	a1, 36(s0)
	li	a0, 46
	beqz	a1, .LBB2_22
# %bb.21:                               #   in Loop: Header=BB2_2 Depth=1
	li	a0, 35
.LBB2_22:                               #   in Loop: Header=BB2_2 Depth=1
	call	putch@plt
	lw	a1, 40(s0)
	li	a0, 46
	beqz	a1, .LBB2_24
# %bb.23:                               #   in Loop: Header=BB2_2 Depth=1
	li	a0, 35
.LBB2_24:                               #   in Loop: Header=BB2_2 Depth=1
	call	putch@plt
	lw	a0, 44(s0)
	beqz	a0, .LBB2_1
# %bb.25:                               #   in Loop: Header=BB2_2 Depth=1
	li	s4, 35
	j	.LBB2_1
.LBB2_26:
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	ld	s4, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end2:
	.size	show, .Lfunc_end2-show
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	sd	s0, 0(sp)                       # 8-byte Folded Spill
.LBB3_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(cur)
	addi	a0, a0, %pcrel_lo(.LBB3_1)
	li	a1, 1
	sw	a1, 4(a0)
	sw	a1, 56(a0)
	sw	a1, 96(a0)
	sw	a1, 100(a0)
	sw	a1, 104(a0)
	sw	a1, 312(a0)
	sw	a1, 316(a0)
	sw	a1, 320(a0)
	sw	a1, 440(a0)
	sw	a1, 444(a0)
	sw	a1, 488(a0)
	sw	a1, 492(a0)
	call	step
	call	putint@plt
	li	a0, 32
	call	putch@plt
	call	step
	call	putint@plt
	li	a0, 32
	call	putch@plt
	call	step
	call	putint@plt
	li	a0, 32
	call	putch@plt
	call	step
	call	putint@plt
	li	a0, 32
	call	putch@plt
	call	step
	call	putint@plt
	li	a0, 32
	call	putch@plt
	call	step
	call	putint@plt
	li	a0, 32
	call	putch@plt
	call	step
	call	putint@plt
	li	a0, 32
	call	putch@plt
	call	step
	call	putint@plt
	li	a0, 32
	call	putch@plt
	call	step
	mv	s0, a0
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 10
	call	putch@plt
	call	show
	mv	a0, s0
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	cur,@object                     # @cur
	.bss
	.globl	cur
	.p2align	2
cur:
	.zero	576
	.size	cur, 576

	.type	nxt,@object                     # @nxt
	.globl	nxt
	.p2align	2
nxt:
	.zero	576
	.size	nxt, 576

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
