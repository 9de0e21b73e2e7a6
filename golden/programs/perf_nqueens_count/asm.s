	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_nqueens_count.sy"
	.globl	is_free                         # -- Begin function is_free
	.p2align	1
	.type	is_free,@function
is_free:                                # @is_free
# %bb.0:
	slli	a3, a1, 2
.LBB0_4:                                # Label of block must be emitted
	auipc	a4, %pcrel_hi(cols)
	addi	a4, a4, %pcrel_lo(.LBB0_4)
	add	a3, a3, a4
	lw	a4, 0(a3)
	li	a3, 0
	beqz	a4, .LBB0_2
.LBB0_1:
	mv	a0, a3
	ret
.LBB0_2:
	addw	a3, a1, a0
	slli	a3, a3, 2
.LBB0_5:                                # Label of block must be emitted
	auipc	a4, %pcrel_hi(d1)
	addi	a4, a4, %pcrel_lo(.LBB0_5)
	add	a3, a3, a4
	lw	a4, 0(a3)
	li	a3, 0
	bnez	a4, .LBB0_1
# %bb.3:
	subw	a0, a0, a1
	addw	a0, a0, a2
	slli	a0, a0, 2
.LBB0_6:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(d2)
	addi	a1, a1, %pcrel_lo(.LBB0_6)
	add	a0, a0, a1
	lw	a0, 0(a0)
	seqz	a3, a0
	mv	a0, a3
	ret
.Lfunc_end0:
	.size	is_free, .Lfunc_end0-is_free
                                        # -- End function
	.globl	occupy                          # -- Begin function occupy
	.p2align	1
	.type	occupy,@function
occupy:                                 # @occupy
# %bb.0:
	slli	a4, a1, 2
.LBB1_1:                                # Label of block must be emitted
	auipc	a5, %pcrel_hi(cols)
	addi	a5, a5, %pcrel_lo(.LBB1_1)
	add	a4, a4, a5
	sw	a3, 0(a4)
	addw	a4, a1, a0
	slli	a4, a4, 2
.LBB1_2:                                # Label of block must be emitted
	auipc	a5, %pcrel_hi(d1)
	addi	a5, a5, %pcrel_lo(.LBB1_2)
	add	a4, a4, a5
	sw	a3, 0(a4)
	subw	a0, a0, a1
	addw	a0, a0, a2
	slli	a0, a0, 2
.LBB1_3:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(d2)
	addi	a1, a1, %pcrel_lo(.LBB1_3)
	add	a0, a0, a1
	sw	a3, 0(a0)
	ret
.Lfunc_end1:
	.size	occupy, .Lfunc_end1-occupy
                                        # -- End function
	.globl	solve                           # -- Begin function solve
	.p2align	1
	.type	solve,@function
solve:                                  # @solve
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
	sd	s10, 0(sp)                      # 8-byte Folded Spill
	li	s5, 1
	beq	a0, a1, .LBB2_9
# %bb.1:
	mv	s3, a1
	blez	a1, .LBB2_8
# %bb.2:
	li	s0, 0
	li	s5, 0
	addw	s4, s3, a0
	addiw	s2, a0, 1
	slli	a1, s3, 32
	srli	a1, a1, 32
	slli	a0, a0, 2
.LBB2_10:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(d1)
	addi	a2, a2, %pcrel_lo(.LBB2_10)
	add	s7, a2, a0
	neg	s6, a1
.LBB2_11:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(cols)
	addi	s1, s1, %pcrel_lo(.LBB2_11)
.LBB2_12:                               # Label of block must be emitted
	auipc	s8, %pcrel_hi(d2)
	addi	s8, s8, %pcrel_lo(.LBB2_12)
	li	s9, 1
	j	.LBB2_4
.LBB2_3:                                #   in Loop: Header=BB2_4 Depth=1
	addi	s0, s0, -1
	addi	s7, s7, 4
	addi	s1, s1, 4
	beq	s6, s0, .LBB2_9
.LBB2_4:                                # =>This Inner Loop Header: Depth=1
	lw	a0, 0(s1)
	bnez	a0, .LBB2_3
# %bb.5:                                #   in Loop: Header=BB2_4 Depth=1
	lw	a0, 0(s7)
	bnez	a0, .LBB2_3
# %bb.6:                                #   in Loop: Header=BB2_4 Depth=1
	addw	a0, s4, s0
	slli	a0, a0, 2
	add	s10, s8, a0
	lw	a0, 0(s10)
	bnez	a0, .LBB2_3
# %bb.7:                                #   in Loop: Header=BB2_4 Depth=1
	sw	s9, 0(s1)
	sw	s9, 0(s7)
	sw	s9, 0(s10)
	mv	a0, s2
	mv	a1, s3
	call	solve
	addw	s5, a0, s5
	sw	zero, 0(s1)
	sw	zero, 0(s7)
	sw	zero, 0(s10)
	j	.LBB2_3
.LBB2_8:
	li	s5, 0
.LBB2_9:
	mv	a0, s5
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
	ld	s10, 0(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 96
	ret
.Lfunc_end2:
	.size	solve, .Lfunc_end2-solve
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
	call	getint@plt
	mv	s0, a0
	call	getint@plt
	mv	s2, a0
	call	starttime@plt
	bge	s2, s0, .LBB3_2
# %bb.1:
	li	s0, 0
	j	.LBB3_5
.LBB3_2:
	li	s1, 0
.LBB3_6:                                # Label of block must be emitted
	auipc	s3, %pcrel_hi(.L.str)
	addi	s3, s3, %pcrel_lo(.LBB3_6)
.LBB3_3:                                # =>This Inner Loop Header: Depth=1
	sext.w	s5, s0
	li	a0, 0
	mv	a1, s5
	call	solve
	mv	s4, a0
	mv	a0, s3
	mv	a1, s5
	mv	a2, s4
	call	putf@plt
	addw	s1, s4, s1
	addiw	s0, s0, 1
	blt	s5, s2, .LBB3_3
# %bb.4:
	sraiw	a0, s1, 31
	srliw	a0, a0, 24
	add	a0, a0, s1
	andi	a0, a0, -256
	subw	s0, s1, a0
.LBB3_5:
	call	stoptime@plt
	mv	a0, s0
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	ld	s4, 16(sp)                      # 8-byte Folded Reload
	ld	s5, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	cols,@object                    # @cols
	.bss
	.globl	cols
	.p2align	2
cols:
	.zero	64
	.size	cols, 64

	.type	d1,@object                      # @d1
	.globl	d1
	.p2align	2
d1:
	.zero	128
	.size	d1, 128

	.type	d2,@object                      # @d2
	.globl	d2
	.p2align	2
d2:
	.zero	128
	.size	d2, 128

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"%d-queens: %d\n"
	.size	.L.str, 15

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
