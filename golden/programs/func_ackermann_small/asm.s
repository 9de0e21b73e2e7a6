	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_ackermann_small.sy"
	.globl	ack                             # -- Begin function ack
	.p2align	1
	.type	ack,@function
ack:                                    # @ack
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
.LBB0_7:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(calls)
	addi	s1, s1, %pcrel_lo(.LBB0_7)
	lw	a2, 0(s1)
	addiw	a2, a2, 1
	sw	a2, 0(s1)
	beqz	a0, .LBB0_6
# %bb.1:
	mv	s0, a0
	j	.LBB0_4
.LBB0_2:                                #   in Loop: Header=BB0_4 Depth=1
	li	a1, 1
.LBB0_3:                                #   in Loop: Header=BB0_4 Depth=1
	addiw	s0, s0, -1
	addiw	a2, a2, 1
	sw	a2, 0(s1)
	beqz	s0, .LBB0_6
.LBB0_4:                                # =>This Inner Loop Header: Depth=1
	sext.w	a0, a1
	beqz	a0, .LBB0_2
# %bb.5:                                #   in Loop: Header=BB0_4 Depth=1
	addiw	a1, a1, -1
	sext.w	a0, s0
	call	ack
	lw	a2, 0(s1)
	mv	a1, a0
	j	.LBB0_3
.LBB0_6:
	addiw	a0, a1, 1
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end0:
	.size	ack, .Lfunc_end0-ack
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
.LBB1_1:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(calls)
	addi	s1, s1, %pcrel_lo(.LBB1_1)
	sw	zero, 0(s1)
	li	a0, 0
	li	a1, 0
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
.LBB1_2:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(.L.str)
	addi	s0, s0, %pcrel_lo(.LBB1_2)
	mv	a0, s0
	li	a1, 0
	li	a2, 0
	call	putf@plt
	sw	zero, 0(s1)
	li	a1, 1
	li	a0, 0
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a2, 1
	mv	a0, s0
	li	a1, 0
	call	putf@plt
	sw	zero, 0(s1)
	li	a1, 2
	li	a0, 0
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a2, 2
	mv	a0, s0
	li	a1, 0
	call	putf@plt
	sw	zero, 0(s1)
	li	a1, 3
	li	a0, 0
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a2, 3
	mv	a0, s0
	li	a1, 0
	call	putf@plt
	sw	zero, 0(s1)
	li	a0, 1
	li	a1, 0
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a1, 1
	mv	a0, s0
	li	a2, 0
	call	putf@plt
	sw	zero, 0(s1)
	li	a0, 1
	li	a1, 1
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a1, 1
	li	a2, 1
	mv	a0, s0
	call	putf@plt
	sw	zero, 0(s1)
	li	a0, 1
	li	a1, 2
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a1, 1
	li	a2, 2
	mv	a0, s0
	call	putf@plt
	sw	zero, 0(s1)
	li	a0, 1
	li	a1, 3
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a1, 1
	li	a2, 3
	mv	a0, s0
	call	putf@plt
	sw	zero, 0(s1)
	li	a0, 2
	li	a1, 0
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a1, 2
	mv	a0, s0
	li	a2, 0
	call	putf@plt
	sw	zero, 0(s1)
	li	a0, 2
	li	a1, 1
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a1, 2
	li	a2, 1
	mv	a0, s0
	call	putf@plt
	sw	zero, 0(s1)
	li	a0, 2
	li	a1, 2
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a1, 2
	li	a2, 2
	mv	a0, s0
	call	putf@plt
	sw	zero, 0(s1)
	li	a0, 2
	li	a1, 3
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a1, 2
	li	a2, 3
	mv	a0, s0
	call	putf@plt
	sw	zero, 0(s1)
	li	a0, 3
	li	a1, 0
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a1, 3
	mv	a0, s0
	li	a2, 0
	call	putf@plt
	sw	zero, 0(s1)
	li	a0, 3
	li	a1, 1
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a1, 3
	li	a2, 1
	mv	a0, s0
	call	putf@plt
	sw	zero, 0(s1)
	li	a0, 3
	li	a1, 2
	call	ack
	lw	a4, 0(s1)
	mv	a3, a0
	li	a1, 3
	li	a2, 2
	mv	a0, s0
	call	putf@plt
	sw	zero, 0(s1)
	li	a0, 3
	li	a1, 3
	call	ack
	lw	a4, 0(s1)
	mv	s1, a0
	li	a1, 3
	li	a2, 3
	mv	a0, s0
	mv	a3, s1
	call	putf@plt
	mv	a0, s1
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	calls,@object                   # @calls
	.section	.sbss,"aw",@nobits
	.globl	calls
	.p2align	2
calls:
	.word	0                               # 0x0
	.size	calls, 4

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"A(%d,%d)=%d calls=%d\n"
	.size	.L.str, 22

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
