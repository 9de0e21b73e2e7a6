	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_dijkstra_matrix.sy"
	.globl	print_path                      # -- Begin function print_path
	.p2align	1
	.type	print_path,@function
print_path:                             # @print_path
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	sd	s0, 0(sp)                       # 8-byte Folded Spill
	mv	s0, a0
	slli	a0, a0, 2
.LBB0_3:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(parent)
	addi	a1, a1, %pcrel_lo(.LBB0_3)
	add	a0, a0, a1
	lw	a0, 0(a0)
	bltz	a0, .LBB0_2
# %bb.1:
	call	print_path
	li	a0, 45
	call	putch@plt
	li	a0, 62
	call	putch@plt
.LBB0_2:
	mv	a0, s0
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	tail	putint@plt
.Lfunc_end0:
	.size	print_path, .Lfunc_end0-print_path
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
	sd	s5, 24(sp)                      # 8-byte Folded Spill
	sd	s6, 16(sp)                      # 8-byte Folded Spill
	sd	s7, 8(sp)                       # 8-byte Folded Spill
	sd	s8, 0(sp)                       # 8-byte Folded Spill
	call	getint@plt
	mv	s2, a0
	call	getint@plt
	mv	s3, a0
	slli	s4, s2, 32
.LBB1_33:                               # Label of block must be emitted
	auipc	s5, %pcrel_hi(adj)
	addi	s5, s5, %pcrel_lo(.LBB1_33)
	blez	s2, .LBB1_5
# %bb.1:
	srli	s0, s4, 32
	srli	a2, s4, 30
.LBB1_34:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(parent)
	addi	a0, a0, %pcrel_lo(.LBB1_34)
	li	a1, 255
	call	memset@plt
	li	a0, 0
	lui	a1, 244141
	addiw	a1, a1, -1536
.LBB1_35:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(dist)
	addi	a2, a2, %pcrel_lo(.LBB1_35)
	mv	a3, s5
.LBB1_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_3 Depth 2
	mv	a4, s0
	mv	a5, a3
.LBB1_3:                                #   Parent Loop BB1_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sw	a1, 0(a5)
	addi	a4, a4, -1
	addi	a5, a5, 4
	bnez	a4, .LBB1_3
# %bb.4:                                #   in Loop: Header=BB1_2 Depth=1
	slli	a4, a0, 2
	add	a4, a4, a2
	sw	a1, 0(a4)
	addi	a0, a0, 1
	addi	a3, a3, 80
	bne	a0, s0, .LBB1_2
.LBB1_5:
.LBB1_36:                               # Label of block must be emitted
	auipc	s6, %pcrel_hi(dist)
	addi	s6, s6, %pcrel_lo(.LBB1_36)
	blez	s3, .LBB1_10
# %bb.6:
	li	s0, 0
	li	s8, 80
	j	.LBB1_8
.LBB1_7:                                #   in Loop: Header=BB1_8 Depth=1
	addiw	s0, s0, 1
	bge	s0, s3, .LBB1_10
.LBB1_8:                                # =>This Inner Loop Header: Depth=1
	call	getint@plt
	mv	s7, a0
	call	getint@plt
	mv	s1, a0
	call	getint@plt
	mul	a1, s7, s8
	add	a1, a1, s5
	slli	a2, s1, 2
	add	a1, a1, a2
	lw	a2, 0(a1)
	bge	a0, a2, .LBB1_7
# %bb.9:                                #   in Loop: Header=BB1_8 Depth=1
	sw	a0, 0(a1)
	mul	a1, s1, s8
	add	a1, a1, s5
	slli	a2, s7, 2
	add	a1, a1, a2
	sw	a0, 0(a1)
	j	.LBB1_7
.LBB1_10:
	sw	zero, 0(s6)
	blez	s2, .LBB1_31
# %bb.11:
	li	t3, 0
	srli	t5, s4, 32
.LBB1_37:                               # Label of block must be emitted
	auipc	t2, %pcrel_hi(done)
	addi	t2, t2, %pcrel_lo(.LBB1_37)
	li	a0, -1
	srli	t1, a0, 32
	lui	a0, 244141
	addiw	t4, a0, -1536
	li	a6, 1
	li	a7, 80
.LBB1_38:                               # Label of block must be emitted
	auipc	t0, %pcrel_hi(parent)
	addi	t0, t0, %pcrel_lo(.LBB1_38)
	j	.LBB1_13
.LBB1_12:                               #   in Loop: Header=BB1_13 Depth=1
	addiw	t3, t3, 1
	bge	t3, s2, .LBB1_25
.LBB1_13:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_16 Depth 2
                                        #     Child Loop BB1_22 Depth 2
	li	a3, 0
	mv	a2, t2
	mv	s1, s6
	mv	a5, t1
	j	.LBB1_16
.LBB1_14:                               #   in Loop: Header=BB1_16 Depth=2
	mv	a5, a3
.LBB1_15:                               #   in Loop: Header=BB1_16 Depth=2
	addi	a3, a3, 1
	addi	s1, s1, 4
	addi	a2, a2, 4
	beq	t5, a3, .LBB1_19
.LBB1_16:                               #   Parent Loop BB1_13 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a0, 0(a2)
	bnez	a0, .LBB1_15
# %bb.17:                               #   in Loop: Header=BB1_16 Depth=2
	sext.w	a0, a5
	bltz	a0, .LBB1_14
# %bb.18:                               #   in Loop: Header=BB1_16 Depth=2
	lw	a0, 0(s1)
	slli	a4, a5, 32
	srli	a4, a4, 30
	add	a4, a4, s6
	lw	a4, 0(a4)
	blt	a0, a4, .LBB1_14
	j	.LBB1_15
.LBB1_19:                               #   in Loop: Header=BB1_13 Depth=1
	sext.w	a0, a5
	slli	a2, a0, 2
	add	t6, s6, a2
	lw	a3, 0(t6)
	beq	a3, t4, .LBB1_25
# %bb.20:                               #   in Loop: Header=BB1_13 Depth=1
	add	a2, a2, t2
	sw	a6, 0(a2)
	mul	a0, a0, a7
	add	a2, s5, a0
	mv	a3, t5
	mv	s0, s6
	mv	a0, t0
	j	.LBB1_22
.LBB1_21:                               #   in Loop: Header=BB1_22 Depth=2
	addi	a0, a0, 4
	addi	s0, s0, 4
	addi	a3, a3, -1
	addi	a2, a2, 4
	beqz	a3, .LBB1_12
.LBB1_22:                               #   Parent Loop BB1_13 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a4, 0(a2)
	beq	a4, t4, .LBB1_21
# %bb.23:                               #   in Loop: Header=BB1_22 Depth=2
	lw	a1, 0(t6)
	lw	s1, 0(s0)
	addw	a4, a4, a1
	bge	a4, s1, .LBB1_21
# %bb.24:                               #   in Loop: Header=BB1_22 Depth=2
	sw	a4, 0(s0)
	sw	a5, 0(a0)
	j	.LBB1_21
.LBB1_25:
	blez	s2, .LBB1_31
# %bb.26:
	li	s1, 0
	li	s5, 0
	srli	s4, s4, 32
.LBB1_39:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(dist)
	addi	s0, s0, %pcrel_lo(.LBB1_39)
	lui	a0, 244141
	addiw	s7, a0, -1536
.LBB1_40:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(.L.str)
	addi	s2, s2, %pcrel_lo(.LBB1_40)
.LBB1_41:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(.L.str.1)
	addi	s3, s3, %pcrel_lo(.LBB1_41)
	j	.LBB1_29
.LBB1_27:                               #   in Loop: Header=BB1_29 Depth=1
	mv	a0, s3
	call	putf@plt
	mv	a0, s6
	call	print_path
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s0)
	addw	s5, a0, s5
.LBB1_28:                               #   in Loop: Header=BB1_29 Depth=1
	addi	s1, s1, 1
	addi	s0, s0, 4
	beq	s4, s1, .LBB1_32
.LBB1_29:                               # =>This Inner Loop Header: Depth=1
	sext.w	s6, s1
	mv	a0, s6
	call	putint@plt
	li	a0, 58
	call	putch@plt
	lw	a1, 0(s0)
	bne	a1, s7, .LBB1_27
# %bb.30:                               #   in Loop: Header=BB1_29 Depth=1
	mv	a0, s2
	call	putf@plt
	j	.LBB1_28
.LBB1_31:
	li	s5, 0
.LBB1_32:
	sraiw	a0, s5, 31
	srliw	a0, a0, 24
	add	a0, a0, s5
	andi	a0, a0, -256
	subw	a0, s5, a0
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	ld	s1, 56(sp)                      # 8-byte Folded Reload
	ld	s2, 48(sp)                      # 8-byte Folded Reload
	ld	s3, 40(sp)                      # 8-byte Folded Reload
	ld	s4, 32(sp)                      # 8-byte Folded Reload
	ld	s5, 24(sp)                      # 8-byte Folded Reload
	ld	s6, 16(sp)                      # 8-byte Folded Reload
	ld	s7, 8(sp)                       # 8-byte Folded Reload
	ld	s8, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 80
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	INF,@object                     # @INF
	.section	.rodata,"a",@progbits
	.globl	INF
	.p2align	2
INF:
	.word	1000000000                      # 0x3b9aca00
	.size	INF, 4

	.type	parent,@object                  # @parent
	.bss
	.globl	parent
	.p2align	2
parent:
	.zero	80
	.size	parent, 80

	.type	adj,@object                     # @adj
	.globl	adj
	.p2align	2
adj:
	.zero	1600
	.size	adj, 1600

	.type	dist,@object                    # @dist
	.globl	dist
	.p2align	2
dist:
	.zero	80
	.size	dist, 80

	.type	done,@object                    # @done
	.globl	done
	.p2align	2
done:
	.zero	80
	.size	done, 80

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	" unreachable\n"
	.size	.L.str, 14

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	" %d via "
	.size	.L.str.1, 9

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
