	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_bfs_maze_path.sy"
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
.LBB0_61:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(dist)
	addi	s2, s2, %pcrel_lo(.LBB0_61)
	addi	a0, s2, 4
	li	a1, 255
	li	a2, 320
	call	memset@plt
	li	ra, 0
.LBB0_62:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(queue)
	addi	a2, a2, %pcrel_lo(.LBB0_62)
	sw	zero, 0(a2)
	sw	zero, 0(s2)
.LBB0_63:                               # Label of block must be emitted
	auipc	s5, %pcrel_hi(prev)
	addi	s5, s5, %pcrel_lo(.LBB0_63)
	li	s7, -1
	sw	s7, 0(s5)
.LBB0_64:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(dr)
	addi	a0, a0, %pcrel_lo(.LBB0_64)
	lw	a7, 0(a0)
.LBB0_65:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(dc)
	addi	a1, a1, %pcrel_lo(.LBB0_65)
	lw	t0, 0(a1)
	lw	t1, 4(a0)
	lw	t2, 4(a1)
	lw	t3, 8(a0)
	lw	t4, 8(a1)
	lw	t5, 12(a0)
	sd	a2, 0(sp)                       # 8-byte Folded Spill
	addi	s10, a2, 4
	lw	s3, 12(a1)
	li	s11, 1
	lui	a0, 233017
	addiw	s4, a0, -455
	li	a6, 36
	li	a0, 9
	slli	s9, a0, 34
.LBB0_66:                               # Label of block must be emitted
	auipc	s8, %pcrel_hi(maze)
	addi	s8, s8, %pcrel_lo(.LBB0_66)
	li	a1, 1
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	mul	a0, ra, s4
	srli	a2, a0, 63
	srai	a0, a0, 33
	add	a2, a2, a0
	slliw	a0, a2, 3
	addw	a0, a0, a2
	subw	t6, ra, a0
	slli	a0, t6, 2
	addw	a3, a7, a2
	sltiu	a4, a3, 9
	addw	s1, t0, t6
	slt	a5, s7, s1
	and	a4, a4, a5
	slti	a5, s1, 9
	and	a4, a4, a5
	mul	a5, a2, a6
	add	a5, a5, s2
	add	s6, a5, a0
	beqz	a4, .LBB0_6
# %bb.2:                                #   in Loop: Header=BB0_1 Depth=1
	slli	a0, a3, 32
	slli	a4, s1, 32
	mulhu	a5, a0, s9
	add	a5, a5, s8
	srli	a6, a4, 30
	add	a5, a5, a6
	lw	a5, 0(a5)
	beqz	a5, .LBB0_4
# %bb.3:                                #   in Loop: Header=BB0_1 Depth=1
	li	a6, 36
	j	.LBB0_6
.LBB0_4:                                #   in Loop: Header=BB0_1 Depth=1
	srli	a0, a0, 32
	srli	a4, a4, 32
	li	a6, 36
	mul	a0, a0, a6
	add	a0, a0, s2
	slli	a4, a4, 2
	add	a0, a0, a4
	lw	a4, 0(a0)
	bgez	a4, .LBB0_6
# %bb.5:                                #   in Loop: Header=BB0_1 Depth=1
	lw	a4, 0(s6)
	addiw	a4, a4, 1
	sw	a4, 0(a0)
	slliw	a0, a3, 3
	addw	a0, a0, a3
	addw	a0, a0, s1
	slli	a3, a0, 32
	srli	a3, a3, 30
	add	a3, a3, s5
	sw	ra, 0(a3)
	slli	a3, a1, 2
	ld	a4, 0(sp)                       # 8-byte Folded Reload
	add	a3, a3, a4
	sw	a0, 0(a3)
	addiw	a1, a1, 1
.LBB0_6:                                #   in Loop: Header=BB0_1 Depth=1
	addw	s1, t1, a2
	sltiu	a0, s1, 9
	addw	a3, t2, t6
	slt	a4, s7, a3
	and	a0, a0, a4
	slti	a4, a3, 9
	and	a0, a0, a4
	beqz	a0, .LBB0_10
# %bb.7:                                #   in Loop: Header=BB0_1 Depth=1
	slli	a0, s1, 32
	slli	a4, a3, 32
	mulhu	a5, a0, s9
	add	a5, a5, s8
	srli	s0, a4, 30
	add	a5, a5, s0
	lw	a5, 0(a5)
	bnez	a5, .LBB0_10
# %bb.8:                                #   in Loop: Header=BB0_1 Depth=1
	srli	a0, a0, 32
	srli	a4, a4, 32
	mul	a0, a0, a6
	add	a0, a0, s2
	slli	a4, a4, 2
	add	a0, a0, a4
	lw	a4, 0(a0)
	bgez	a4, .LBB0_10
# %bb.9:                                #   in Loop: Header=BB0_1 Depth=1
	lw	a4, 0(s6)
	addiw	a4, a4, 1
	sw	a4, 0(a0)
	slliw	a0, s1, 3
	addw	a0, a0, s1
	addw	a0, a0, a3
	slli	a3, a0, 32
	srli	a3, a3, 30
	add	a3, a3, s5
	sw	ra, 0(a3)
	slli	a3, a1, 2
	ld	a4, 0(sp)                       # 8-byte Folded Reload
	add	a3, a3, a4
	sw	a0, 0(a3)
	addiw	a1, a1, 1
.LBB0_10:                               #   in Loop: Header=BB0_1 Depth=1
	addw	s1, t3, a2
	sltiu	a0, s1, 9
	addw	a3, t4, t6
	slt	a4, s7, a3
	and	a0, a0, a4
	slti	a4, a3, 9
	and	a0, a0, a4
	beqz	a0, .LBB0_14
# %bb.11:                               #   in Loop: Header=BB0_1 Depth=1
	slli	a0, s1, 32
	slli	a4, a3, 32
	mulhu	a5, a0, s9
	add	a5, a5, s8
	srli	s0, a4, 30
	add	a5, a5, s0
	lw	a5, 0(a5)
	bnez	a5, .LBB0_14
# %bb.12:                               #   in Loop: Header=BB0_1 Depth=1
	srli	a0, a0, 32
	srli	a4, a4, 32
	mul	a0, a0, a6
	add	a0, a0, s2
	slli	a4, a4, 2
	add	a0, a0, a4
	lw	a4, 0(a0)
	bgez	a4, .LBB0_14
# %bb.13:                               #   in Loop: Header=BB0_1 Depth=1
	lw	a4, 0(s6)
	addiw	a4, a4, 1
	sw	a4, 0(a0)
	slliw	a0, s1, 3
	addw	a0, a0, s1
	addw	a0, a0, a3
	slli	a3, a0, 32
	srli	a3, a3, 30
	add	a3, a3, s5
	sw	ra, 0(a3)
	slli	a3, a1, 2
	ld	a4, 0(sp)                       # 8-byte Folded Reload
	add	a3, a3, a4
	sw	a0, 0(a3)
	addiw	a1, a1, 1
.LBB0_14:                               #   in Loop: Header=BB0_1 Depth=1
	addw	a2, t5, a2
	sltiu	a0, a2, 9
	addw	a3, s3, t6
	slt	a4, s7, a3
	and	a0, a0, a4
	slti	a4, a3, 9
	and	a0, a0, a4
	beqz	a0, .LBB0_18
# %bb.15:                               #   in Loop: Header=BB0_1 Depth=1
	slli	a0, a2, 32
	slli	a4, a3, 32
	mulhu	a5, a0, s9
	add	a5, a5, s8
	srli	s1, a4, 30
	add	a5, a5, s1
	lw	a5, 0(a5)
	bnez	a5, .LBB0_18
# %bb.16:                               #   in Loop: Header=BB0_1 Depth=1
	srli	a0, a0, 32
	srli	a4, a4, 32
	mul	a0, a0, a6
	add	a0, a0, s2
	slli	a4, a4, 2
	add	a0, a0, a4
	lw	a4, 0(a0)
	bgez	a4, .LBB0_18
# %bb.17:                               #   in Loop: Header=BB0_1 Depth=1
	lw	a4, 0(s6)
	addiw	a4, a4, 1
	sw	a4, 0(a0)
	slliw	a0, a2, 3
	addw	a0, a0, a2
	addw	a0, a0, a3
	slli	a2, a0, 32
	srli	a2, a2, 30
	add	a2, a2, s5
	sw	ra, 0(a2)
	slli	a2, a1, 2
	ld	a3, 0(sp)                       # 8-byte Folded Reload
	add	a2, a2, a3
	sw	a0, 0(a2)
	addiw	a1, a1, 1
.LBB0_18:                               #   in Loop: Header=BB0_1 Depth=1
	bge	s11, a1, .LBB0_20
# %bb.19:                               #   in Loop: Header=BB0_1 Depth=1
	lw	ra, 0(s10)
	addi	s10, s10, 4
	addi	s11, s11, 1
	j	.LBB0_1
.LBB0_20:
	lw	a2, 320(s2)
.LBB0_67:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB0_67)
	call	putf@plt
	li	a3, 80
	lui	a0, 233017
	addiw	a0, a0, -455
	slli	a0, a0, 32
	li	a1, 36
	li	a2, 2
.LBB0_21:                               # =>This Inner Loop Header: Depth=1
	slli	a4, a3, 32
	mulhu	a5, a4, a0
	srli	a5, a5, 33
	slliw	s1, a5, 3
	addw	s1, s1, a5
	subw	a3, a3, s1
	slli	a3, a3, 32
	srli	s1, a3, 30
	srli	a3, a4, 30
	add	a3, a3, s5
	lw	a3, 0(a3)
	mul	a4, a5, a1
	add	a4, a4, s8
	add	a4, a4, s1
	sw	a2, 0(a4)
	bgez	a3, .LBB0_21
# %bb.22:
	li	s1, 0
	li	s4, 2
	li	s7, 1
	li	s5, 324
	j	.LBB0_24
.LBB0_23:                               #   in Loop: Header=BB0_24 Depth=1
	mv	a0, s3
	call	putch@plt
	li	a0, 10
	call	putch@plt
	addi	s1, s1, 36
	beq	s1, s5, .LBB0_60
.LBB0_24:                               # =>This Inner Loop Header: Depth=1
	add	s0, s8, s1
	lw	a1, 0(s0)
	li	s6, 42
	li	a2, 42
	beq	a1, s4, .LBB0_26
# %bb.25:                               #   in Loop: Header=BB0_24 Depth=1
	li	a2, 46
.LBB0_26:                               #   in Loop: Header=BB0_24 Depth=1
	li	s3, 35
	li	a0, 35
	beq	a1, s7, .LBB0_28
# %bb.27:                               #   in Loop: Header=BB0_24 Depth=1
	mv	a0, a2
.LBB0_28:                               #   in Loop: Header=BB0_24 Depth=1
	call	putch@plt
	lw	a1, 4(s0)
	li	a2, 42
	beq	a1, s4, .LBB0_30
# %bb.29:                               #   in Loop: Header=BB0_24 Depth=1
	li	a2, 46
.LBB0_30:                               #   in Loop: Header=BB0_24 Depth=1
	li	a0, 35
	beq	a1, s7, .LBB0_32
# %bb.31:                               #   in Loop: Header=BB0_24 Depth=1
	mv	a0, a2
.LBB0_32:                               #   in Loop: Header=BB0_24 Depth=1
	call	putch@plt
	lw	a1, 8(s0)
	li	a2, 42
	beq	a1, s4, .LBB0_34
# %bb.33:                               #   in Loop: Header=BB0_24 Depth=1
	li	a2, 46
.LBB0_34:                               #   in Loop: Header=BB0_24 Depth=1
	li	a0, 35
	beq	a1, s7, .LBB0_36
# %bb.35:                               #   in Loop: Header=BB0_24 Depth=1
	mv	a0, a2
.LBB0_36:                               #   in Loop: Header=BB0_24 Depth=1
	call	putch@plt
	lw	a1, 12(s0)
	li	a2, 42
	beq	a1, s4, .LBB0_38
# %bb.37:                               #   in Loop: Header=BB0_24 Depth=1
	li	a2, 46
.LBB0_38:                               #   in Loop: Header=BB0_24 Depth=1
	li	a0, 35
	beq	a1, s7, .LBB0_40
# %bb.39:                               #   in Loop: Header=BB0_24 Depth=1
	mv	a0, a2
.LBB0_40:                               #   in Loop: Header=BB0_24 Depth=1
	call	putch@plt
	lw	a1, 16(s0)
	li	a2, 42
	beq	a1, s4, .LBB0_42
# %bb.41:                               #   in Loop: Header=BB0_24 Depth=1
	li	a2, 46
.LBB0_42:                               #   in Loop: Header=BB0_24 Depth=1
	li	a0, 35
	beq	a1, s7, .LBB0_44
# %bb.43:                               #   in Loop: Header=BB0_24 Depth=1
	mv	a0, a2
.LBB0_44:                               #   in Loop: Header=BB0_24 Depth=1
	call	putch@plt
	lw	a1, 20(s0)
	li	a2, 42
	beq	a1, s4, .LBB0_46
# %bb.45:                               #   in Loop: Header=BB0_24 Depth=1
	li	a2, 46
.LBB0_46:                               #   in Loop: Header=BB0_24 Depth=1
	li	a0, 35
	beq	a1, s7, .LBB0_48
# %bb.47:                               #   in Loop: Header=BB0_24 Depth=1
	mv	a0, a2
.LBB0_48:                               #   in Loop: Header=BB0_24 Depth=1
	call	putch@plt
	lw	a1, 24(s0)
	li	a2, 42
	beq	a1, s4, .LBB0_50
# %bb.49:                               #   in Loop: Header=BB0_24 Depth=1
	li	a2, 46
.LBB0_50:                               #   in Loop: Header=BB0_24 Depth=1
	li	a0, 35
	beq	a1, s7, .LBB0_52
# %bb.51:                               #   in Loop: Header=BB0_24 Depth=1
	mv	a0, a2
.LBB0_52:                               #   in Loop: Header=BB0_24 Depth=1
	call	putch@plt
	lw	a1, 28(s0)
	li	a2, 42
	beq	a1, s4, .LBB0_54
# %bb.53:                               #   in Loop: Header=BB0_24 Depth=1
	li	a2, 46
.LBB0_54:                               #   in Loop: Header=BB0_24 Depth=1
	li	a0, 35
	beq	a1, s7, .LBB0_56
# %bb.55:                               #   in Loop: Header=BB0_24 Depth=1
	mv	a0, a2
.LBB0_56:                               #   in Loop: Header=BB0_24 Depth=1
	call	putch@plt
	lw	a0, 32(s0)
	beq	a0, s4, .LBB0_58
# %bb.57:                               #   in Loop: Header=BB0_24 Depth=1
	li	s6, 46
.LBB0_58:                               #   in Loop: Header=BB0_24 Depth=1
	beq	a0, s7, .LBB0_23
# %bb.59:                               #   in Loop: Header=BB0_24 Depth=1
	mv	s3, s6
	j	.LBB0_23
.LBB0_60:
	lw	a0, 320(s2)
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
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	maze,@object                    # @maze
	.data
	.globl	maze
	.p2align	2
maze:
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
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
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
	.word	0                               # 0x0
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
	.word	1                               # 0x1
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
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.size	maze, 324

	.type	dr,@object                      # @dr
	.globl	dr
	.p2align	2
dr:
	.word	1                               # 0x1
	.word	4294967295                      # 0xffffffff
	.word	0                               # 0x0
	.word	0                               # 0x0
	.size	dr, 16

	.type	dc,@object                      # @dc
	.globl	dc
	.p2align	2
dc:
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	4294967295                      # 0xffffffff
	.size	dc, 16

	.type	dist,@object                    # @dist
	.bss
	.globl	dist
	.p2align	2
dist:
	.zero	324
	.size	dist, 324

	.type	queue,@object                   # @queue
	.globl	queue
	.p2align	2
queue:
	.zero	324
	.size	queue, 324

	.type	prev,@object                    # @prev
	.globl	prev
	.p2align	2
prev:
	.zero	324
	.size	prev, 324

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"visited=%d distance=%d\n"
	.size	.L.str, 24

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
