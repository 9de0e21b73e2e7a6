	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_permutations_print.sy"
	.globl	next_perm                       # -- Begin function next_perm
	.p2align	1
	.type	next_perm,@function
next_perm:                              # @next_perm
# %bb.0:
	li	a2, 2
	blt	a1, a2, .LBB0_4
# %bb.1:
	addiw	a4, a1, -2
	slli	a6, a1, 2
	add	a2, a6, a0
	addi	a2, a2, -4
	mv	a3, a1
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	mv	a5, a4
	slli	a4, a4, 32
	srli	a4, a4, 30
	add	t3, a0, a4
	lw	t0, 0(t3)
	addiw	a7, a5, 1
	slli	a4, a7, 32
	srli	a4, a4, 30
	add	a4, a4, a0
	lw	a4, 0(a4)
	blt	t0, a4, .LBB0_5
# %bb.3:                                #   in Loop: Header=BB0_2 Depth=1
	addiw	a4, a5, -1
	addi	a2, a2, -4
	addi	a3, a3, -1
	bgtz	a5, .LBB0_2
.LBB0_4:
	li	a0, 0
	ret
.LBB0_5:
	lw	t1, 0(t3)
	addiw	t0, a1, -1
	addi	t2, a1, -1
	add	a5, a0, a6
.LBB0_6:                                # =>This Inner Loop Header: Depth=1
	lw	a1, -4(a5)
	addi	a5, a5, -4
	bge	t1, a1, .LBB0_6
# %bb.7:
	sw	a1, 0(t3)
	sw	t1, 0(a5)
	li	a6, 1
	bge	a7, t0, .LBB0_10
# %bb.8:
	slli	a1, t2, 2
	add	a0, a0, a1
.LBB0_9:                                # =>This Inner Loop Header: Depth=1
	lw	a1, 0(a0)
	lw	a5, 0(a2)
	mv	a4, a3
	sw	a1, 0(a2)
	sw	a5, 0(a0)
	addi	t2, t2, -1
	addi	a0, a0, -4
	addi	a2, a2, 4
	addi	a3, a3, 1
	blt	a4, t2, .LBB0_9
.LBB0_10:
	mv	a0, a6
	ret
.Lfunc_end0:
	.size	next_perm, .Lfunc_end0-next_perm
                                        # -- End function
	.globl	gen                             # -- Begin function gen
	.p2align	1
	.type	gen,@function
gen:                                    # @gen
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
	bne	a0, a1, .LBB1_3
# %bb.1:
.LBB1_9:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(rec_count)
	addi	a1, a1, %pcrel_lo(.LBB1_9)
	lw	a2, 0(a1)
	addiw	a2, a2, 1
	lui	a3, 748983
	addiw	a3, a3, -585
	mulw	a3, a2, a3
	lui	a4, 74898
	addiw	a4, a4, 1170
	addw	a3, a3, a4
	lui	a4, 149797
	addiw	a4, a4, -1756
	sw	a2, 0(a1)
	bltu	a4, a3, .LBB1_8
# %bb.2:
.LBB1_10:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(cur)
	addi	a1, a1, %pcrel_lo(.LBB1_10)
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	ld	s1, 56(sp)                      # 8-byte Folded Reload
	ld	s2, 48(sp)                      # 8-byte Folded Reload
	ld	s3, 40(sp)                      # 8-byte Folded Reload
	ld	s4, 32(sp)                      # 8-byte Folded Reload
	ld	s5, 24(sp)                      # 8-byte Folded Reload
	ld	s6, 16(sp)                      # 8-byte Folded Reload
	ld	s7, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 80
	tail	putarray@plt
.LBB1_3:
	mv	s4, a1
	blez	a1, .LBB1_8
# %bb.4:
	li	s1, 0
	slli	a1, a0, 2
.LBB1_11:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(cur)
	addi	a2, a2, %pcrel_lo(.LBB1_11)
	add	s3, a2, a1
	addiw	s2, a0, 1
	slli	a0, s4, 32
	srli	s5, a0, 32
.LBB1_12:                               # Label of block must be emitted
	auipc	s7, %pcrel_hi(used)
	addi	s7, s7, %pcrel_lo(.LBB1_12)
	li	s6, 1
	j	.LBB1_6
.LBB1_5:                                #   in Loop: Header=BB1_6 Depth=1
	sw	s6, 0(s0)
	addi	s1, s1, 1
	sw	s1, 0(s3)
	mv	a0, s2
	mv	a1, s4
	call	gen
	sw	zero, 0(s0)
	beq	s1, s5, .LBB1_8
.LBB1_6:                                # =>This Inner Loop Header: Depth=1
	slli	a0, s1, 2
	add	s0, s7, a0
	lw	a0, 0(s0)
	beqz	a0, .LBB1_5
# %bb.7:                                #   in Loop: Header=BB1_6 Depth=1
	addi	s1, s1, 1
	bne	s1, s5, .LBB1_6
.LBB1_8:
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	ld	s1, 56(sp)                      # 8-byte Folded Reload
	ld	s2, 48(sp)                      # 8-byte Folded Reload
	ld	s3, 40(sp)                      # 8-byte Folded Reload
	ld	s4, 32(sp)                      # 8-byte Folded Reload
	ld	s5, 24(sp)                      # 8-byte Folded Reload
	ld	s6, 16(sp)                      # 8-byte Folded Reload
	ld	s7, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 80
	ret
.Lfunc_end1:
	.size	gen, .Lfunc_end1-gen
                                        # -- End function
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
	sd	s6, 0(sp)                       # 8-byte Folded Spill
	li	s6, 0
.LBB2_15:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(p)
	addi	s1, s1, %pcrel_lo(.LBB2_15)
	li	a0, 1
	sw	a0, 0(s1)
	li	a1, 2
	sw	a1, 4(s1)
	li	a1, 3
	sw	a1, 8(s1)
	li	a1, 4
	lui	a2, 699051
	addiw	s2, a2, -1365
	lui	a2, 174763
	addiw	s3, a2, -1366
	addi	s4, s1, 8
	addi	s5, s1, 4
	j	.LBB2_2
.LBB2_1:                                #   in Loop: Header=BB2_2 Depth=1
	slli	a1, a4, 2
	add	a2, s1, a1
	lw	a3, 12(s1)
	lw	a1, 0(a2)
	sw	a3, 0(a2)
.LBB2_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_4 Depth 2
                                        #       Child Loop BB2_13 Depth 3
	sw	a1, 12(s1)
	j	.LBB2_4
.LBB2_3:                                #   in Loop: Header=BB2_4 Depth=2
	slli	a0, a0, 2
	add	a0, a0, s1
	sw	a3, 0(a5)
	sw	a1, 0(a0)
	lw	a0, 0(s1)
	bnez	a2, .LBB2_1
.LBB2_4:                                #   Parent Loop BB2_2 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB2_13 Depth 3
	call	putint@plt
	lw	a0, 4(s1)
	call	putint@plt
	lw	a0, 8(s1)
	call	putint@plt
	lw	a0, 12(s1)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	addiw	s6, s6, 1
	mulw	a0, s6, s2
	slliw	a1, a0, 31
	srliw	a0, a0, 1
	or	a0, a0, a1
	bltu	s3, a0, .LBB2_6
# %bb.5:                                #   in Loop: Header=BB2_4 Depth=2
	li	a0, 10
	call	putch@plt
.LBB2_6:                                #   in Loop: Header=BB2_4 Depth=2
	lw	a1, 8(s1)
	lw	a3, 12(s1)
	li	a0, 3
	bge	a1, a3, .LBB2_8
# %bb.7:                                #   in Loop: Header=BB2_4 Depth=2
	li	a2, 0
	mv	a5, s4
	li	a4, 3
	j	.LBB2_11
.LBB2_8:                                #   in Loop: Header=BB2_4 Depth=2
	lw	s0, 4(s1)
	bge	s0, a1, .LBB2_10
# %bb.9:                                #   in Loop: Header=BB2_4 Depth=2
	li	a4, 2
	li	a2, 1
	mv	a5, s5
	mv	a1, s0
	j	.LBB2_11
.LBB2_10:                               #   in Loop: Header=BB2_4 Depth=2
	lw	a1, 0(s1)
	li	a2, 1
	mv	a5, s1
	li	a4, 1
	bge	a1, s0, .LBB2_14
.LBB2_11:                               #   in Loop: Header=BB2_4 Depth=2
	blt	a1, a3, .LBB2_3
# %bb.12:                               #   in Loop: Header=BB2_4 Depth=2
	li	a0, 3
	mv	s0, s4
.LBB2_13:                               #   Parent Loop BB2_2 Depth=1
                                        #     Parent Loop BB2_4 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	lw	a3, 0(s0)
	addi	a0, a0, -1
	addi	s0, s0, -4
	bge	a1, a3, .LBB2_13
	j	.LBB2_3
.LBB2_14:
	li	a1, 5
	li	a0, 0
	call	gen
.LBB2_16:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(rec_count)
	addi	s0, s0, %pcrel_lo(.LBB2_16)
	lw	a2, 0(s0)
.LBB2_17:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_17)
	mv	a1, s6
	call	putf@plt
	lw	a0, 0(s0)
	addw	a0, a0, s6
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
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	rec_count,@object               # @rec_count
	.section	.sbss,"aw",@nobits
	.globl	rec_count
	.p2align	2
rec_count:
	.word	0                               # 0x0
	.size	rec_count, 4

	.type	cur,@object                     # @cur
	.bss
	.globl	cur
	.p2align	2
cur:
	.zero	20
	.size	cur, 20

	.type	used,@object                    # @used
	.globl	used
	.p2align	2
used:
	.zero	20
	.size	used, 20

	.type	p,@object                       # @p
	.globl	p
	.p2align	2
p:
	.zero	20
	.size	p, 20

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"%d %d\n"
	.size	.L.str, 7

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
