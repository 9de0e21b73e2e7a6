	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_merge_sort_input.sy"
	.globl	merge                           # -- Begin function merge
	.p2align	1
	.type	merge,@function
merge:                                  # @merge
# %bb.0:
	slt	a4, a1, a2
	xori	a4, a4, 1
	slt	a5, a2, a3
	xori	a5, a5, 1
	or	a4, a4, a5
	slli	a6, a1, 2
.LBB0_16:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(tmp)
	addi	a7, a7, %pcrel_lo(.LBB0_16)
	mv	t1, a1
	mv	t0, a2
	mv	t3, a1
	bnez	a4, .LBB0_6
# %bb.1:
	add	a5, a7, a6
.LBB0_17:                               # Label of block must be emitted
	auipc	t2, %pcrel_hi(inversions)
	addi	t2, t2, %pcrel_lo(.LBB0_17)
	mv	t3, a1
	mv	t0, a2
	mv	t1, a1
	j	.LBB0_4
.LBB0_2:                                #   in Loop: Header=BB0_4 Depth=1
	lw	t5, 0(t2)
	addiw	t0, t0, 1
	subw	a4, a2, t1
	addw	a4, a4, t5
	sw	a4, 0(t2)
	mv	t5, t4
.LBB0_3:                                #   in Loop: Header=BB0_4 Depth=1
	sw	t5, 0(a5)
	addi	t3, t3, 1
	sext.w	a4, t1
	slt	t4, a4, a2
	sext.w	a4, t0
	slt	a4, a4, a3
	and	a4, t4, a4
	addi	a5, a5, 4
	beqz	a4, .LBB0_6
.LBB0_4:                                # =>This Inner Loop Header: Depth=1
	sext.w	a4, t1
	slli	a4, a4, 2
	add	a4, a4, a0
	lw	t5, 0(a4)
	sext.w	a4, t0
	slli	a4, a4, 2
	add	a4, a4, a0
	lw	t4, 0(a4)
	blt	t4, t5, .LBB0_2
# %bb.5:                                #   in Loop: Header=BB0_4 Depth=1
	addiw	t1, t1, 1
	j	.LBB0_3
.LBB0_6:
	sext.w	a4, t1
	bge	a4, a2, .LBB0_9
# %bb.7:
	sext.w	t3, t3
	slli	a5, a4, 2
	add	t1, a0, a5
	sub	a2, a2, a4
	slli	a4, t3, 2
	add	a4, a4, a7
.LBB0_8:                                # =>This Inner Loop Header: Depth=1
	lw	a5, 0(t1)
	sw	a5, 0(a4)
	addi	t3, t3, 1
	addi	t1, t1, 4
	addi	a2, a2, -1
	addi	a4, a4, 4
	bnez	a2, .LBB0_8
.LBB0_9:
	sext.w	a4, t0
	bge	a4, a3, .LBB0_12
# %bb.10:
	sext.w	a5, t3
	slli	a2, a4, 2
	add	t0, a0, a2
	sub	a4, a3, a4
	slli	a5, a5, 2
	add	a5, a5, a7
.LBB0_11:                               # =>This Inner Loop Header: Depth=1
	lw	a2, 0(t0)
	sw	a2, 0(a5)
	addi	t0, t0, 4
	addi	a4, a4, -1
	addi	a5, a5, 4
	bnez	a4, .LBB0_11
.LBB0_12:
	bge	a1, a3, .LBB0_15
# %bb.13:
	add	a2, a7, a6
	add	a0, a0, a6
	sub	a1, a3, a1
.LBB0_14:                               # =>This Inner Loop Header: Depth=1
	lw	a3, 0(a2)
	sw	a3, 0(a0)
	addi	a2, a2, 4
	addi	a1, a1, -1
	addi	a0, a0, 4
	bnez	a1, .LBB0_14
.LBB0_15:
	ret
.Lfunc_end0:
	.size	merge, .Lfunc_end0-merge
                                        # -- End function
	.globl	msort                           # -- Begin function msort
	.p2align	1
	.type	msort,@function
msort:                                  # @msort
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	mv	s0, a2
	mv	s1, a1
	subw	a1, a2, a1
	li	a2, 1
	blt	a2, a1, .LBB1_2
# %bb.1:
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.LBB1_2:
	mv	s2, a0
	addw	a0, s0, s1
	srliw	a1, a0, 31
	addw	a0, a0, a1
	sraiw	s3, a0, 1
	mv	a0, s2
	mv	a1, s1
	mv	a2, s3
	call	msort
	mv	a0, s2
	mv	a1, s3
	mv	a2, s0
	call	msort
	mv	a0, s2
	mv	a1, s1
	mv	a2, s3
	mv	a3, s0
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	tail	merge
.Lfunc_end1:
	.size	msort, .Lfunc_end1-msort
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
.LBB2_1:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(data)
	addi	s0, s0, %pcrel_lo(.LBB2_1)
	mv	a0, s0
	call	getarray@plt
	mv	s1, a0
	mv	a0, s0
	li	a1, 0
	mv	a2, s1
	call	msort
	mv	a0, s1
	mv	a1, s0
	call	putarray@plt
.LBB2_2:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(inversions)
	addi	s0, s0, %pcrel_lo(.LBB2_2)
	lw	a1, 0(s0)
.LBB2_3:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_3)
	call	putf@plt
	lw	a0, 0(s0)
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	inversions,@object              # @inversions
	.section	.sbss,"aw",@nobits
	.globl	inversions
	.p2align	2
inversions:
	.word	0                               # 0x0
	.size	inversions, 4

	.type	tmp,@object                     # @tmp
	.bss
	.globl	tmp
	.p2align	2
tmp:
	.zero	1024
	.size	tmp, 1024

	.type	data,@object                    # @data
	.globl	data
	.p2align	2
data:
	.zero	1024
	.size	data, 1024

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"inversions=%d\n"
	.size	.L.str, 15

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
