	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_counting_sort_chars.sy"
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
	call	getch@plt
	li	s1, -1
.LBB0_17:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(counts)
	addi	s3, s3, %pcrel_lo(.LBB0_17)
	li	s5, 0
	beq	a0, s1, .LBB0_5
# %bb.1:
	li	s0, 127
	j	.LBB0_3
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	addiw	s5, s5, 1
	call	getch@plt
	beq	a0, s1, .LBB0_5
.LBB0_3:                                # =>This Inner Loop Header: Depth=1
	sext.w	a1, a0
	bltu	s0, a1, .LBB0_2
# %bb.4:                                #   in Loop: Header=BB0_3 Depth=1
	slli	a0, a0, 32
	srli	a0, a0, 30
	add	a0, a0, s3
	lw	a1, 0(a0)
	addiw	a1, a1, 1
	sw	a1, 0(a0)
	j	.LBB0_2
.LBB0_5:
	li	s2, 0
	li	s6, 33
	li	s4, 127
	j	.LBB0_8
.LBB0_6:                                #   in Loop: Header=BB0_8 Depth=1
	li	a0, 10
	call	putch@plt
	addiw	s2, s2, 1
.LBB0_7:                                #   in Loop: Header=BB0_8 Depth=1
	addi	s6, s6, 1
	beq	s6, s4, .LBB0_12
.LBB0_8:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_11 Depth 2
	slli	a0, s6, 2
	add	s0, s3, a0
	lw	a0, 0(s0)
	blez	a0, .LBB0_7
# %bb.9:                                #   in Loop: Header=BB0_8 Depth=1
	sext.w	a0, s6
	call	putch@plt
	li	a0, 58
	call	putch@plt
	lw	a0, 0(s0)
	blez	a0, .LBB0_6
# %bb.10:                               #   in Loop: Header=BB0_8 Depth=1
	li	s1, 0
.LBB0_11:                               #   Parent Loop BB0_8 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	li	a0, 42
	call	putch@plt
	lw	a0, 0(s0)
	addiw	s1, s1, 1
	blt	s1, a0, .LBB0_11
	j	.LBB0_6
.LBB0_12:
	li	s0, 33
	li	s6, 1
	li	s4, 127
	j	.LBB0_14
.LBB0_13:                               #   in Loop: Header=BB0_14 Depth=1
	addi	s0, s0, 1
	beq	s0, s4, .LBB0_16
.LBB0_14:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_15 Depth 2
	slli	a0, s0, 2
	add	a0, a0, s3
	lw	a0, 0(a0)
	blez	a0, .LBB0_13
.LBB0_15:                               #   Parent Loop BB0_14 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	s1, a0
	sext.w	a0, s0
	call	putch@plt
	addiw	a0, s1, -1
	bltu	s6, s1, .LBB0_15
	j	.LBB0_13
.LBB0_16:
	li	a0, 10
	call	putch@plt
	lw	a3, 128(s3)
	lw	a4, 40(s3)
.LBB0_18:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB0_18)
	mv	a1, s5
	mv	a2, s2
	call	putf@plt
	mv	a0, s2
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
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	counts,@object                  # @counts
	.bss
	.globl	counts
	.p2align	2
counts:
	.zero	512
	.size	counts, 512

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"total=%d distinct=%d spaces=%d newlines=%d\n"
	.size	.L.str, 44

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
