	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_pascal_triangle.sy"
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
	li	t4, 0
.LBB0_18:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(C)
	addi	s2, s2, %pcrel_lo(.LBB0_18)
	addi	t2, s2, -156
	li	t3, -1
	li	a6, 160
	li	t1, 1
	li	a7, 2
	lui	a1, 549754
	addiw	s1, a1, 675
	lui	a1, 244
	addiw	a3, a1, 579
	li	t0, 40
	j	.LBB0_2
.LBB0_1:                                #   in Loop: Header=BB0_2 Depth=1
	addi	t4, t4, 1
	addi	t2, t2, 160
	addi	t3, t3, 1
	beq	t4, t0, .LBB0_5
.LBB0_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_4 Depth 2
	mul	a1, t4, a6
	add	a2, s2, a1
	sw	t1, 0(a2)
	slli	a4, t4, 2
	add	a2, a2, a4
	sw	t1, 0(a2)
	bltu	t4, a7, .LBB0_1
# %bb.3:                                #   in Loop: Header=BB0_2 Depth=1
	add	a1, a1, s2
	lw	a4, -160(a1)
	mv	a2, t3
	mv	a1, t2
.LBB0_4:                                #   Parent Loop BB0_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a5, 0(a1)
	addw	a4, a4, a5
	mul	s0, a4, s1
	srli	s0, s0, 32
	addw	s0, s0, a4
	srliw	a0, s0, 31
	sraiw	s0, s0, 19
	addw	a0, a0, s0
	mulw	a0, a0, a3
	subw	a0, a4, a0
	sw	a0, 160(a1)
	addi	a2, a2, -1
	addi	a1, a1, 4
	mv	a4, a5
	bnez	a2, .LBB0_4
	j	.LBB0_1
.LBB0_5:
	li	s5, 0
	li	s4, 1
	li	s3, 10
	j	.LBB0_7
.LBB0_6:                                #   in Loop: Header=BB0_7 Depth=1
	li	a0, 10
	call	putch@plt
	addi	s5, s5, 1
	addi	s4, s4, 1
	addi	s2, s2, 160
	beq	s5, s3, .LBB0_11
.LBB0_7:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_9 Depth 2
	li	s0, 0
	mv	s1, s2
	j	.LBB0_9
.LBB0_8:                                #   in Loop: Header=BB0_9 Depth=2
	addi	s0, s0, 1
	addi	s1, s1, 4
	beq	s4, s0, .LBB0_6
.LBB0_9:                                #   Parent Loop BB0_7 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a0, 0(s1)
	call	putint@plt
	bgeu	s0, s5, .LBB0_8
# %bb.10:                               #   in Loop: Header=BB0_9 Depth=2
	li	a0, 32
	call	putch@plt
	j	.LBB0_8
.LBB0_11:
	li	t0, 0
	li	t1, 1
.LBB0_19:                               # Label of block must be emitted
	auipc	a5, %pcrel_hi(C)
	addi	a5, a5, %pcrel_lo(.LBB0_19)
	lui	a1, 549754
	addiw	a3, a1, 675
	lui	a1, 244
	addiw	a4, a1, 579
	li	a6, 40
	li	a7, 1
	li	s2, 1
	j	.LBB0_13
.LBB0_12:                               #   in Loop: Header=BB0_13 Depth=1
	slliw	a0, a7, 1
	mul	a1, a0, a3
	srli	a1, a1, 32
	addw	a1, a1, a0
	srliw	a2, a1, 31
	sraiw	a1, a1, 19
	addw	a1, a1, a2
	mulw	a1, a1, a4
	subw	a7, a0, a1
	addi	t0, t0, 1
	addi	t1, t1, 1
	addi	a5, a5, 160
	beq	t0, a6, .LBB0_17
.LBB0_13:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_14 Depth 2
	li	s0, 0
	mv	a1, t1
	mv	a2, a5
.LBB0_14:                               #   Parent Loop BB0_13 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a0, 0(a2)
	addw	a0, a0, s0
	mul	s0, a0, a3
	srli	s0, s0, 32
	addw	s0, s0, a0
	srliw	s1, s0, 31
	sraiw	s0, s0, 19
	addw	s1, s1, s0
	mulw	s1, s1, a4
	subw	s0, a0, s1
	addi	a1, a1, -1
	addi	a2, a2, 4
	bnez	a1, .LBB0_14
# %bb.15:                               #   in Loop: Header=BB0_13 Depth=1
	beq	s0, a7, .LBB0_12
# %bb.16:                               #   in Loop: Header=BB0_13 Depth=1
	li	s2, 0
	j	.LBB0_12
.LBB0_17:
.LBB0_20:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(C)
	addi	s0, s0, %pcrel_lo(.LBB0_20)
	lui	a0, 2
	addiw	a0, a0, -1876
	add	a0, a0, s0
	lw	a0, 0(a0)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	mv	a0, s2
	call	putint@plt
	li	a0, 10
	call	putch@plt
	addi	a0, s0, 1620
	lw	a0, 1620(a0)
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
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
	.type	C,@object                       # @C
	.bss
	.globl	C
	.p2align	2
C:
	.zero	6400
	.size	C, 6400

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
