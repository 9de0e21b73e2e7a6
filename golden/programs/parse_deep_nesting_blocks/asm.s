	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"parse_deep_nesting_blocks.sy"
	.globl	nested_ifs                      # -- Begin function nested_ifs
	.p2align	1
	.type	nested_ifs,@function
nested_ifs:                             # @nested_ifs
# %bb.0:
.LBB0_3:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(depth_reached)
	addi	a2, a2, %pcrel_lo(.LBB0_3)
	lw	a1, 0(a2)
	bltz	a0, .LBB0_2
# %bb.1:
	addiw	a1, a1, 1
	sw	a1, 0(a2)
.LBB0_2:
	mv	a0, a1
	ret
.Lfunc_end0:
	.size	nested_ifs, .Lfunc_end0-nested_ifs
                                        # -- End function
	.globl	nested_whiles                   # -- Begin function nested_whiles
	.p2align	1
	.type	nested_whiles,@function
nested_whiles:                          # @nested_whiles
# %bb.0:
	bgtz	a0, .LBB1_2
# %bb.1:
	li	a0, 0
	ret
.LBB1_2:
	mulw	a0, a0, a0
	mulw	a0, a0, a0
	mulw	a0, a0, a0
	ret
.Lfunc_end1:
	.size	nested_whiles, .Lfunc_end1-nested_whiles
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	li	a0, 39
	li	s0, 39
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB2_10:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(depth_reached)
	addi	s1, s1, %pcrel_lo(.LBB2_10)
	sw	s0, 0(s1)
	li	a0, 0
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s1)
	addiw	a0, a0, 1
	sw	a0, 0(s1)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s1)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 256
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 0
	li	a1, 100
	li	a2, 50
	j	.LBB2_2
.LBB2_1:                                #   in Loop: Header=BB2_2 Depth=1
	addw	a0, a0, a3
	bgeu	a0, a1, .LBB2_4
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	andi	a4, a0, 1
	li	a3, 3
	beqz	a4, .LBB2_1
# %bb.3:                                #   in Loop: Header=BB2_2 Depth=1
	li	a3, 7
	bgeu	a2, a0, .LBB2_1
.LBB2_4:
	addiw	s0, a0, -40
	li	a0, 99
	bltu	a0, s0, .LBB2_9
# %bb.5:
	li	a0, 100
	li	a1, 50
	j	.LBB2_7
.LBB2_6:                                #   in Loop: Header=BB2_7 Depth=1
	addw	s0, s0, a2
	bge	s0, a0, .LBB2_9
.LBB2_7:                                # =>This Inner Loop Header: Depth=1
	andi	a3, s0, 1
	li	a2, 3
	beqz	a3, .LBB2_6
# %bb.8:                                #   in Loop: Header=BB2_7 Depth=1
	li	a2, 7
	bge	a1, s0, .LBB2_6
.LBB2_9:
	mv	a0, s0
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s1)
	addw	a0, a0, s0
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	depth_reached,@object           # @depth_reached
	.section	.sbss,"aw",@nobits
	.globl	depth_reached
	.p2align	2
depth_reached:
	.word	0                               # 0x0
	.size	depth_reached, 4

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
