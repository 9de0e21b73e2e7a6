	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_conv2d_image.sy"
	.globl	convolve                        # -- Begin function convolve
	.p2align	1
	.type	convolve,@function
convolve:                               # @convolve
# %bb.0:
	addi	sp, sp, -64
	sd	s0, 56(sp)                      # 8-byte Folded Spill
	sd	s1, 48(sp)                      # 8-byte Folded Spill
	sd	s2, 40(sp)                      # 8-byte Folded Spill
	sd	s3, 32(sp)                      # 8-byte Folded Spill
	sd	s4, 24(sp)                      # 8-byte Folded Spill
	sd	s5, 16(sp)                      # 8-byte Folded Spill
	sd	s6, 8(sp)                       # 8-byte Folded Spill
	sd	s7, 0(sp)                       # 8-byte Folded Spill
	li	a3, 3
	blt	a0, a3, .LBB0_12
# %bb.1:
	addiw	a3, a0, -1
	slli	a3, a3, 32
	srli	t0, a3, 32
.LBB0_13:                               # Label of block must be emitted
	auipc	a6, %pcrel_hi(tmp)
	addi	a6, a6, %pcrel_lo(.LBB0_13)
	addi	t3, a6, 644
.LBB0_14:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(img)
	addi	a7, a7, %pcrel_lo(.LBB0_14)
	addi	t4, a7, 644
	addi	t1, t0, -1
	li	t5, 1
	li	t2, 640
.LBB0_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_3 Depth 2
	mul	a3, t5, t2
	add	a3, a3, a7
	lw	t6, -640(a3)
	lw	s2, 0(a3)
	lw	s4, 640(a3)
	mv	s1, t4
	mv	a4, t3
	mv	s0, t1
.LBB0_3:                                #   Parent Loop BB0_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a5, 0(a1)
	mulw	s3, a5, t6
	lw	t6, -640(s1)
	lw	a5, 4(a1)
	lw	s5, -636(s1)
	lw	s6, 8(a1)
	mulw	a5, a5, t6
	lw	s7, 12(a1)
	addw	a5, a5, s3
	mulw	a3, s6, s5
	addw	a3, a3, a5
	mulw	a5, s7, s2
	lw	s2, 0(s1)
	lw	s3, 16(a1)
	addw	s5, a5, a3
	lw	s6, 4(s1)
	lw	s7, 20(a1)
	mulw	a5, s3, s2
	lw	s3, 24(a1)
	addw	a5, a5, s5
	mulw	a3, s7, s6
	addw	a3, a3, a5
	mulw	a5, s3, s4
	addw	s3, a5, a3
	lw	s4, 640(s1)
	lw	s5, 28(a1)
	lw	s6, 644(s1)
	lw	a5, 32(a1)
	addi	s1, s1, 4
	mulw	a3, s5, s4
	addw	a3, a3, s3
	mulw	a5, a5, s6
	addw	a3, a3, a5
	divw	a3, a3, a2
	sw	a3, 0(a4)
	addi	s0, s0, -1
	addi	a4, a4, 4
	bnez	s0, .LBB0_3
# %bb.4:                                #   in Loop: Header=BB0_2 Depth=1
	addi	t5, t5, 1
	addi	t3, t3, 640
	addi	t4, t4, 640
	bne	t5, t0, .LBB0_2
# %bb.5:
	li	a1, 3
	blt	a0, a1, .LBB0_12
# %bb.6:
	addi	t1, a6, 644
	addi	a1, a7, 644
	addi	a6, t0, -1
	li	a3, 1
	li	s1, 255
	j	.LBB0_8
.LBB0_7:                                #   in Loop: Header=BB0_8 Depth=1
	addi	a3, a3, 1
	addi	t1, t1, 640
	addi	a1, a1, 640
	beq	a3, t0, .LBB0_12
.LBB0_8:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_10 Depth 2
	mv	a4, a6
	mv	a5, a1
	mv	a0, t1
	j	.LBB0_10
.LBB0_9:                                #   in Loop: Header=BB0_10 Depth=2
	sw	s0, 0(a5)
	addi	a0, a0, 4
	addi	a4, a4, -1
	addi	a5, a5, 4
	beqz	a4, .LBB0_7
.LBB0_10:                               #   Parent Loop BB0_8 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	s0, 0(a0)
	srai	a2, s0, 63
	add	s0, s0, a2
	xor	s0, s0, a2
	sext.w	a2, s0
	bltu	a2, s1, .LBB0_9
# %bb.11:                               #   in Loop: Header=BB0_10 Depth=2
	li	s0, 255
	j	.LBB0_9
.LBB0_12:
	ld	s0, 56(sp)                      # 8-byte Folded Reload
	ld	s1, 48(sp)                      # 8-byte Folded Reload
	ld	s2, 40(sp)                      # 8-byte Folded Reload
	ld	s3, 32(sp)                      # 8-byte Folded Reload
	ld	s4, 24(sp)                      # 8-byte Folded Reload
	ld	s5, 16(sp)                      # 8-byte Folded Reload
	ld	s6, 8(sp)                       # 8-byte Folded Reload
	ld	s7, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end0:
	.size	convolve, .Lfunc_end0-convolve
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
	call	getint@plt
	mv	s5, a0
	call	getint@plt
	mv	s2, a0
	slli	s4, s5, 32
	blez	s5, .LBB1_5
# %bb.1:
	li	a0, 0
	srli	a1, s4, 32
.LBB1_16:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(img)
	addi	s1, s1, %pcrel_lo(.LBB1_16)
.LBB1_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_3 Depth 2
	li	a3, 0
	mulw	a4, a0, a0
	addiw	a5, a0, 7
	mv	a2, s1
.LBB1_3:                                #   Parent Loop BB1_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mulw	s0, a5, a3
	addw	s0, s0, a4
	andi	s0, s0, 255
	sw	s0, 0(a2)
	addi	a3, a3, 1
	addi	a2, a2, 4
	bne	a1, a3, .LBB1_3
# %bb.4:                                #   in Loop: Header=BB1_2 Depth=1
	addi	a0, a0, 1
	addi	s1, s1, 640
	bne	a0, a1, .LBB1_2
.LBB1_5:
	call	starttime@plt
	blez	s2, .LBB1_10
# %bb.6:
	li	s0, 0
.LBB1_17:                               # Label of block must be emitted
	auipc	s6, %pcrel_hi(blur)
	addi	s6, s6, %pcrel_lo(.LBB1_17)
	lui	a0, 699051
	addiw	s7, a0, -1365
	lui	a0, 349525
	addiw	s1, a0, 1364
.LBB1_18:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(edge)
	addi	s3, s3, %pcrel_lo(.LBB1_18)
	j	.LBB1_8
.LBB1_7:                                #   in Loop: Header=BB1_8 Depth=1
	addiw	s0, s0, 1
	bge	s0, s2, .LBB1_10
.LBB1_8:                                # =>This Inner Loop Header: Depth=1
	li	a2, 16
	mv	a0, s5
	mv	a1, s6
	call	convolve
	addiw	a0, s0, -2
	mulw	a0, a0, s7
	bltu	s1, a0, .LBB1_7
# %bb.9:                                #   in Loop: Header=BB1_8 Depth=1
	li	a2, 1
	mv	a0, s5
	mv	a1, s3
	call	convolve
	j	.LBB1_7
.LBB1_10:
	call	stoptime@plt
	sd	zero, 32(sp)
	sd	zero, 24(sp)
	sd	zero, 16(sp)
	sd	zero, 8(sp)
	blez	s5, .LBB1_15
# %bb.11:
	li	a0, 0
.LBB1_19:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(img)
	addi	a1, a1, %pcrel_lo(.LBB1_19)
	srli	a2, s4, 32
	addi	a3, sp, 8
.LBB1_12:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_13 Depth 2
	mv	a4, a2
	mv	a5, a1
.LBB1_13:                               #   Parent Loop BB1_12 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	s1, 0(a5)
	sraiw	s0, s1, 31
	srliw	s0, s0, 27
	addw	s1, s1, s0
	sraiw	s1, s1, 5
	slli	s1, s1, 2
	add	s1, s1, a3
	lw	s0, 0(s1)
	addiw	s0, s0, 1
	sw	s0, 0(s1)
	addi	a4, a4, -1
	addi	a5, a5, 4
	bnez	a4, .LBB1_13
# %bb.14:                               #   in Loop: Header=BB1_12 Depth=1
	addi	a0, a0, 1
	addi	a1, a1, 640
	bne	a0, a2, .LBB1_12
.LBB1_15:
	li	a0, 8
	addi	a1, sp, 8
	call	putarray@plt
	lw	a0, 8(sp)
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 104(sp)                     # 8-byte Folded Reload
	ld	s0, 96(sp)                      # 8-byte Folded Reload
	ld	s1, 88(sp)                      # 8-byte Folded Reload
	ld	s2, 80(sp)                      # 8-byte Folded Reload
	ld	s3, 72(sp)                      # 8-byte Folded Reload
	ld	s4, 64(sp)                      # 8-byte Folded Reload
	ld	s5, 56(sp)                      # 8-byte Folded Reload
	ld	s6, 48(sp)                      # 8-byte Folded Reload
	ld	s7, 40(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 112
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	blur,@object                    # @blur
	.data
	.globl	blur
	.p2align	2
blur:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	4                               # 0x4
	.word	2                               # 0x2
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	1                               # 0x1
	.size	blur, 36

	.type	edge,@object                    # @edge
	.globl	edge
	.p2align	2
edge:
	.word	0                               # 0x0
	.word	4294967295                      # 0xffffffff
	.word	0                               # 0x0
	.word	4294967295                      # 0xffffffff
	.word	4                               # 0x4
	.word	4294967295                      # 0xffffffff
	.word	0                               # 0x0
	.word	4294967295                      # 0xffffffff
	.word	0                               # 0x0
	.size	edge, 36

	.type	img,@object                     # @img
	.bss
	.globl	img
	.p2align	2
img:
	.zero	102400
	.size	img, 102400

	.type	tmp,@object                     # @tmp
	.globl	tmp
	.p2align	2
tmp:
	.zero	102400
	.size	tmp, 102400

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
