	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_edit_distance_getch.sy"
	.globl	read_line                       # -- Begin function read_line
	.p2align	1
	.type	read_line,@function
read_line:                              # @read_line
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	sd	s4, 0(sp)                       # 8-byte Folded Spill
	mv	s2, a0
	call	getch@plt
	li	s1, -1
	beq	a0, s1, .LBB0_7
# %bb.1:
	li	s0, 0
	li	s3, 10
	li	s4, 63
	j	.LBB0_3
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	call	getch@plt
.LBB0_3:                                # =>This Inner Loop Header: Depth=1
	sext.w	a1, a0
	beq	a1, s1, .LBB0_8
# %bb.4:                                #   in Loop: Header=BB0_3 Depth=1
	beq	a1, s3, .LBB0_8
# %bb.5:                                #   in Loop: Header=BB0_3 Depth=1
	blt	s4, s0, .LBB0_2
# %bb.6:                                #   in Loop: Header=BB0_3 Depth=1
	slli	a1, s0, 2
	add	a1, a1, s2
	sw	a0, 0(a1)
	addiw	s0, s0, 1
	j	.LBB0_2
.LBB0_7:
	srli	s0, s1, 32
.LBB0_8:
	sext.w	a0, s0
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	ld	s4, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end0:
	.size	read_line, .Lfunc_end0-read_line
                                        # -- End function
	.globl	min3                            # -- Begin function min3
	.p2align	1
	.type	min3,@function
min3:                                   # @min3
# %bb.0:
	bge	a1, a0, .LBB1_3
# %bb.1:
	bge	a2, a1, .LBB1_4
.LBB1_2:
	mv	a0, a2
	ret
.LBB1_3:
	mv	a1, a0
	blt	a2, a1, .LBB1_2
.LBB1_4:
	mv	a2, a1
	mv	a0, a2
	ret
.Lfunc_end1:
	.size	min3, .Lfunc_end1-min3
                                        # -- End function
	.globl	distance                        # -- Begin function distance
	.p2align	1
	.type	distance,@function
distance:                               # @distance
# %bb.0:
	addi	sp, sp, -32
	sd	s0, 24(sp)                      # 8-byte Folded Spill
	sd	s1, 16(sp)                      # 8-byte Folded Spill
	sd	s2, 8(sp)                       # 8-byte Folded Spill
	sd	s3, 0(sp)                       # 8-byte Folded Spill
	addiw	a2, a0, 1
	bltz	a0, .LBB2_3
# %bb.1:
	li	a3, 0
.LBB2_17:                               # Label of block must be emitted
	auipc	a4, %pcrel_hi(d)
	addi	a4, a4, %pcrel_lo(.LBB2_17)
	slli	a5, a2, 32
	srli	a5, a5, 32
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	sw	a3, 0(a4)
	addi	a3, a3, 1
	addi	a4, a4, 260
	bne	a5, a3, .LBB2_2
.LBB2_3:
	addiw	a3, a1, 1
	bltz	a1, .LBB2_6
# %bb.4:
	li	a4, 0
	slli	a5, a3, 32
	srli	a5, a5, 32
.LBB2_18:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(d)
	addi	s1, s1, %pcrel_lo(.LBB2_18)
.LBB2_5:                                # =>This Inner Loop Header: Depth=1
	sw	a4, 0(s1)
	addi	a4, a4, 1
	addi	s1, s1, 4
	bne	a5, a4, .LBB2_5
.LBB2_6:
	blez	a0, .LBB2_16
# %bb.7:
	slli	a2, a2, 32
	srli	t3, a2, 32
	slli	a2, a3, 32
	srli	a2, a2, 32
.LBB2_19:                               # Label of block must be emitted
	auipc	t1, %pcrel_hi(d)
	addi	t1, t1, %pcrel_lo(.LBB2_19)
	addi	t4, t1, 264
	addi	a6, a2, -1
	li	t5, 1
.LBB2_20:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(s1)
	addi	a7, a7, %pcrel_lo(.LBB2_20)
	li	t0, 260
.LBB2_21:                               # Label of block must be emitted
	auipc	t2, %pcrel_hi(s2)
	addi	t2, t2, %pcrel_lo(.LBB2_21)
	j	.LBB2_9
.LBB2_8:                                #   in Loop: Header=BB2_9 Depth=1
	addi	t5, t5, 1
	addi	t4, t4, 260
	beq	t5, t3, .LBB2_16
.LBB2_9:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_12 Depth 2
	blez	a1, .LBB2_8
# %bb.10:                               #   in Loop: Header=BB2_9 Depth=1
	slli	a2, t5, 2
	add	a2, a2, a7
	lw	t6, -4(a2)
	mul	a2, t5, t0
	add	a2, a2, t1
	lw	s1, 0(a2)
	lw	s3, -260(a2)
	mv	a2, a6
	mv	a4, t4
	mv	a5, t2
	j	.LBB2_12
.LBB2_11:                               #   in Loop: Header=BB2_12 Depth=2
	sw	s1, 0(a4)
	addi	a5, a5, 4
	addi	a2, a2, -1
	addi	a4, a4, 4
	mv	s3, s2
	beqz	a2, .LBB2_8
.LBB2_12:                               #   Parent Loop BB2_9 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	s2, -260(a4)
	addiw	s0, s2, 1
	addiw	a3, s1, 1
	blt	a3, s0, .LBB2_14
# %bb.13:                               #   in Loop: Header=BB2_12 Depth=2
	mv	a3, s0
.LBB2_14:                               #   in Loop: Header=BB2_12 Depth=2
	lw	s0, 0(a5)
	xor	s0, t6, s0
	snez	s0, s0
	addw	s1, s3, s0
	blt	s1, a3, .LBB2_11
# %bb.15:                               #   in Loop: Header=BB2_12 Depth=2
	mv	s1, a3
	j	.LBB2_11
.LBB2_16:
	li	a2, 260
	mul	a0, a0, a2
.LBB2_22:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(d)
	addi	a2, a2, %pcrel_lo(.LBB2_22)
	add	a0, a0, a2
	slli	a1, a1, 2
	add	a0, a0, a1
	lw	a0, 0(a0)
	ld	s0, 24(sp)                      # 8-byte Folded Reload
	ld	s1, 16(sp)                      # 8-byte Folded Reload
	ld	s2, 8(sp)                       # 8-byte Folded Reload
	ld	s3, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end2:
	.size	distance, .Lfunc_end2-distance
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -96
	sd	ra, 88(sp)                      # 8-byte Folded Spill
	sd	s0, 80(sp)                      # 8-byte Folded Spill
	sd	s1, 72(sp)                      # 8-byte Folded Spill
	sd	s2, 64(sp)                      # 8-byte Folded Spill
	sd	s3, 56(sp)                      # 8-byte Folded Spill
	sd	s4, 48(sp)                      # 8-byte Folded Spill
	sd	s5, 40(sp)                      # 8-byte Folded Spill
	sd	s6, 32(sp)                      # 8-byte Folded Spill
	sd	s7, 24(sp)                      # 8-byte Folded Spill
	sd	s8, 16(sp)                      # 8-byte Folded Spill
	sd	s9, 8(sp)                       # 8-byte Folded Spill
	call	getch@plt
	li	s3, 0
	li	s5, -1
	beq	a0, s5, .LBB3_18
# %bb.1:
	li	s4, 0
.LBB3_19:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(.L.str)
	addi	s2, s2, %pcrel_lo(.LBB3_19)
	li	s6, 10
	li	s7, 63
.LBB3_20:                               # Label of block must be emitted
	auipc	s8, %pcrel_hi(s2)
	addi	s8, s8, %pcrel_lo(.LBB3_20)
.LBB3_21:                               # Label of block must be emitted
	auipc	s9, %pcrel_hi(s1)
	addi	s9, s9, %pcrel_lo(.LBB3_21)
.LBB3_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_4 Depth 2
                                        #     Child Loop BB3_12 Depth 2
	li	s0, 0
	j	.LBB3_4
.LBB3_3:                                #   in Loop: Header=BB3_4 Depth=2
	call	getch@plt
.LBB3_4:                                #   Parent Loop BB3_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sext.w	a1, a0
	beq	a1, s5, .LBB3_8
# %bb.5:                                #   in Loop: Header=BB3_4 Depth=2
	beq	a1, s6, .LBB3_8
# %bb.6:                                #   in Loop: Header=BB3_4 Depth=2
	blt	s7, s0, .LBB3_3
# %bb.7:                                #   in Loop: Header=BB3_4 Depth=2
	slli	a1, s0, 2
	add	a1, a1, s9
	sw	a0, 0(a1)
	addiw	s0, s0, 1
	j	.LBB3_3
.LBB3_8:                                #   in Loop: Header=BB3_2 Depth=1
	bltz	s0, .LBB3_18
# %bb.9:                                #   in Loop: Header=BB3_2 Depth=1
	call	getch@plt
	beq	a0, s5, .LBB3_18
# %bb.10:                               #   in Loop: Header=BB3_2 Depth=1
	li	s1, 0
	j	.LBB3_12
.LBB3_11:                               #   in Loop: Header=BB3_12 Depth=2
	call	getch@plt
.LBB3_12:                               #   Parent Loop BB3_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sext.w	a1, a0
	beq	a1, s5, .LBB3_16
# %bb.13:                               #   in Loop: Header=BB3_12 Depth=2
	beq	a1, s6, .LBB3_16
# %bb.14:                               #   in Loop: Header=BB3_12 Depth=2
	blt	s7, s1, .LBB3_11
# %bb.15:                               #   in Loop: Header=BB3_12 Depth=2
	slli	a1, s1, 2
	add	a1, a1, s8
	sw	a0, 0(a1)
	addiw	s1, s1, 1
	j	.LBB3_11
.LBB3_16:                               #   in Loop: Header=BB3_2 Depth=1
	bltz	s1, .LBB3_18
# %bb.17:                               #   in Loop: Header=BB3_2 Depth=1
	mv	a0, s0
	mv	a1, s1
	call	distance
	mv	s0, a0
	mv	a0, s2
	mv	a1, s4
	mv	a2, s0
	call	putf@plt
	addw	s3, s0, s3
	addiw	s4, s4, 1
	call	getch@plt
	bne	a0, s5, .LBB3_2
.LBB3_18:
	mv	a0, s3
	ld	ra, 88(sp)                      # 8-byte Folded Reload
	ld	s0, 80(sp)                      # 8-byte Folded Reload
	ld	s1, 72(sp)                      # 8-byte Folded Reload
	ld	s2, 64(sp)                      # 8-byte Folded Reload
	ld	s3, 56(sp)                      # 8-byte Folded Reload
	ld	s4, 48(sp)                      # 8-byte Folded Reload
	ld	s5, 40(sp)                      # 8-byte Folded Reload
	ld	s6, 32(sp)                      # 8-byte Folded Reload
	ld	s7, 24(sp)                      # 8-byte Folded Reload
	ld	s8, 16(sp)                      # 8-byte Folded Reload
	ld	s9, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 96
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	d,@object                       # @d
	.bss
	.globl	d
	.p2align	2
d:
	.zero	16900
	.size	d, 16900

	.type	s1,@object                      # @s1
	.globl	s1
	.p2align	2
s1:
	.zero	256
	.size	s1, 256

	.type	s2,@object                      # @s2
	.globl	s2
	.p2align	2
s2:
	.zero	256
	.size	s2, 256

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"pair %d: %d\n"
	.size	.L.str, 13

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
