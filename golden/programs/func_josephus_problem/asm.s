	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_josephus_problem.sy"
	.globl	simulate                        # -- Begin function simulate
	.p2align	1
	.type	simulate,@function
simulate:                               # @simulate
# %bb.0:
	blez	a0, .LBB0_11
# %bb.1:
	mv	a7, a0
	li	a4, 0
	slli	a0, a0, 32
	srli	t0, a0, 32
	addi	a6, t0, -1
.LBB0_13:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(nxt)
	addi	a3, a3, %pcrel_lo(.LBB0_13)
	j	.LBB0_3
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	sw	a0, 0(a3)
	addi	a3, a3, 4
	beq	t0, a4, .LBB0_5
.LBB0_3:                                # =>This Inner Loop Header: Depth=1
	li	a0, 0
	mv	a5, a4
	addi	a4, a4, 1
	beq	a6, a5, .LBB0_2
# %bb.4:                                #   in Loop: Header=BB0_3 Depth=1
	mv	a0, a4
	j	.LBB0_2
.LBB0_5:
	li	a6, 2
	blt	a7, a6, .LBB0_11
# %bb.6:
	li	t0, 0
	li	a0, 0
	addiw	a3, a7, -1
	slli	a4, a3, 32
	srli	a7, a4, 32
.LBB0_14:                               # Label of block must be emitted
	auipc	a4, %pcrel_hi(nxt)
	addi	a4, a4, %pcrel_lo(.LBB0_14)
	j	.LBB0_8
.LBB0_7:                                #   in Loop: Header=BB0_8 Depth=1
	slli	a5, t0, 2
	add	a5, a5, a2
	sw	a0, 0(a5)
	slli	a0, a0, 2
	add	a0, a0, a4
	lw	t1, 0(a0)
	slli	a5, a3, 2
	add	a5, a5, a4
	sw	t1, 0(a5)
	lw	a0, 0(a0)
	addi	t0, t0, 1
	beq	t0, a7, .LBB0_12
.LBB0_8:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_10 Depth 2
	blt	a1, a6, .LBB0_7
# %bb.9:                                #   in Loop: Header=BB0_8 Depth=1
	li	a5, 1
.LBB0_10:                               #   Parent Loop BB0_8 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a3, a0
	slli	a0, a0, 2
	add	a0, a0, a4
	lw	a0, 0(a0)
	addiw	a5, a5, 1
	blt	a5, a1, .LBB0_10
	j	.LBB0_7
.LBB0_11:
	li	a0, 0
.LBB0_12:
	ret
.Lfunc_end0:
	.size	simulate, .Lfunc_end0-simulate
                                        # -- End function
	.globl	recurrence                      # -- Begin function recurrence
	.p2align	1
	.type	recurrence,@function
recurrence:                             # @recurrence
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	li	a2, 1
	bne	a0, a2, .LBB1_2
# %bb.1:
	li	a0, 0
	j	.LBB1_3
.LBB1_2:
	mv	s1, a1
	mv	s0, a0
	addiw	a0, a0, -1
	call	recurrence
	addw	a0, a0, s1
	remw	a0, a0, s0
.LBB1_3:
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end1:
	.size	recurrence, .Lfunc_end1-recurrence
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -512
	sd	ra, 504(sp)                     # 8-byte Folded Spill
	sd	s0, 496(sp)                     # 8-byte Folded Spill
	sd	s1, 488(sp)                     # 8-byte Folded Spill
	sd	s2, 480(sp)                     # 8-byte Folded Spill
	sd	s3, 472(sp)                     # 8-byte Folded Spill
	sd	s4, 464(sp)                     # 8-byte Folded Spill
	sd	s5, 456(sp)                     # 8-byte Folded Spill
	sd	s6, 448(sp)                     # 8-byte Folded Spill
	sd	s7, 440(sp)                     # 8-byte Folded Spill
	sd	s8, 432(sp)                     # 8-byte Folded Spill
	sd	s9, 424(sp)                     # 8-byte Folded Spill
	sd	s10, 416(sp)                    # 8-byte Folded Spill
	sd	s11, 408(sp)                    # 8-byte Folded Spill
.LBB2_17:                               # Label of block must be emitted
	auipc	s11, %pcrel_hi(nxt)
	addi	s11, s11, %pcrel_lo(.LBB2_17)
	li	a0, 3
	sw	a0, 8(s11)
	li	a1, 6
	sw	a1, 20(s11)
	sw	zero, 24(s11)
	li	s3, 2
	sw	s3, 8(sp)
	sw	a0, 4(s11)
	li	a2, 5
	sw	a2, 12(sp)
	li	s4, 1
	sw	s4, 16(sp)
	sw	a0, 0(s11)
	sw	a1, 20(sp)
	sw	zero, 16(s11)
	li	a1, 4
	sw	a1, 24(sp)
	sw	zero, 28(sp)
	sw	a0, 12(s11)
	li	a0, 6
	addi	a1, sp, 8
	addi	s5, sp, 8
	call	putarray@plt
	li	a0, 3
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	s6, 0
	li	s2, 0
	li	s7, 9
	li	s8, 61
	j	.LBB2_2
.LBB2_1:                                #   in Loop: Header=BB2_2 Depth=1
	addi	s4, s4, 1
	mv	s6, s9
	beq	s4, s8, .LBB2_16
.LBB2_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_5 Depth 2
                                        #       Child Loop BB2_7 Depth 3
                                        #       Child Loop BB2_13 Depth 3
                                        #         Child Loop BB2_15 Depth 4
	addi	s10, s4, -1
	addi	s9, s6, 1
	li	a1, 1
	j	.LBB2_5
.LBB2_3:                                #   in Loop: Header=BB2_5 Depth=2
	li	s0, 0
.LBB2_4:                                #   in Loop: Header=BB2_5 Depth=2
	sext.w	a0, s4
	mv	a1, s1
	call	recurrence
	xor	a0, a0, s0
	snez	a0, a0
	addw	s2, s2, a0
	addiw	a1, s1, 1
	bgeu	s1, s7, .LBB2_1
.LBB2_5:                                #   Parent Loop BB2_2 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB2_7 Depth 3
                                        #       Child Loop BB2_13 Depth 3
                                        #         Child Loop BB2_15 Depth 4
	li	a0, 0
	mv	s1, a1
	mv	a1, s11
	j	.LBB2_7
.LBB2_6:                                #   in Loop: Header=BB2_7 Depth=3
	sw	a2, 0(a1)
	addi	a1, a1, 4
	beq	s9, a0, .LBB2_9
.LBB2_7:                                #   Parent Loop BB2_2 Depth=1
                                        #     Parent Loop BB2_5 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	li	a2, 0
	mv	a3, a0
	addi	a0, a0, 1
	beq	s6, a3, .LBB2_6
# %bb.8:                                #   in Loop: Header=BB2_7 Depth=3
	mv	a2, a0
	j	.LBB2_6
.LBB2_9:                                #   in Loop: Header=BB2_5 Depth=2
	bltu	s4, s3, .LBB2_3
# %bb.10:                               #   in Loop: Header=BB2_5 Depth=2
	li	a0, 0
	li	s0, 0
	mv	a1, s10
	j	.LBB2_13
.LBB2_11:                               #   in Loop: Header=BB2_13 Depth=3
	sext.w	a2, a1
.LBB2_12:                               #   in Loop: Header=BB2_13 Depth=3
	slli	a3, a0, 2
	add	a6, s5, a3
	slli	a4, s0, 2
.LBB2_18:                               #   in Loop: Header=BB2_13 Depth=3
                                        # Label of block must be emitted
	auipc	a5, %pcrel_hi(nxt)
	addi	a5, a5, %pcrel_lo(.LBB2_18)
	add	a4, a4, a5
	lw	a3, 0(a4)
	sw	s0, 0(a6)
	slli	a2, a2, 2
	add	a2, a2, a5
	sw	a3, 0(a2)
	lw	s0, 0(a4)
	addi	a0, a0, 1
	beq	a0, s10, .LBB2_4
.LBB2_13:                               #   Parent Loop BB2_2 Depth=1
                                        #     Parent Loop BB2_5 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB2_15 Depth 4
	bltu	s1, s3, .LBB2_11
# %bb.14:                               #   in Loop: Header=BB2_13 Depth=3
	li	a3, 1
.LBB2_15:                               #   Parent Loop BB2_2 Depth=1
                                        #     Parent Loop BB2_5 Depth=2
                                        #       Parent Loop BB2_13 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	mv	a2, s0
	slli	a1, s0, 2
	add	a1, a1, s11
	lw	s0, 0(a1)
	addiw	a3, a3, 1
	mv	a1, a2
	bltu	a3, s1, .LBB2_15
	j	.LBB2_12
.LBB2_16:
	mv	a0, s2
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 41
	li	a1, 3
	call	recurrence
	mv	s1, a0
	call	putint@plt
	li	a0, 10
	call	putch@plt
	addw	a0, s1, s2
	ld	ra, 504(sp)                     # 8-byte Folded Reload
	ld	s0, 496(sp)                     # 8-byte Folded Reload
	ld	s1, 488(sp)                     # 8-byte Folded Reload
	ld	s2, 480(sp)                     # 8-byte Folded Reload
	ld	s3, 472(sp)                     # 8-byte Folded Reload
	ld	s4, 464(sp)                     # 8-byte Folded Reload
	ld	s5, 456(sp)                     # 8-byte Folded Reload
	ld	s6, 448(sp)                     # 8-byte Folded Reload
	ld	s7, 440(sp)                     # 8-byte Folded Reload
	ld	s8, 432(sp)                     # 8-byte Folded Reload
	ld	s9, 424(sp)                     # 8-byte Folded Reload
	ld	s10, 416(sp)                    # 8-byte Folded Reload
	ld	s11, 408(sp)                    # 8-byte Folded Reload
	addi	sp, sp, 512
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	nxt,@object                     # @nxt
	.bss
	.globl	nxt
	.p2align	2
nxt:
	.zero	400
	.size	nxt, 400

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
